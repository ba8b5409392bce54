/** The kk/ru/en words of the comparison (CLI table, demo table, task pane). */
import { term, type Term } from "../i18n/lang";
import type { LevelMove } from "./compare";

export const CHANGE_TERMS = {
  change: term("change", "өзгеріс", "изменение"),
  /** Column caption: change of a direction or of the general score, e.g. "Δ services". */
  deltaNote: term(
    "Δ: change against {period} (the difference of the figures shown, truncated to two decimals, I-18).",
    "Δ: {period} кезеңімен салыстырғандағы өзгеріс (екі ондық белгіге дейін қиылған көрсетілген сандардың айырмасы, I-18).",
    "Δ: изменение по сравнению с {period} (разность показанных цифр, усеченных до двух знаков, I-18).",
  ),
  comparing: term(
    "Comparison of {previous} with {current}",
    "{previous} және {current} кезеңдерін салыстыру",
    "Сравнение {previous} и {current}",
  ),
  onlyIn: term("only in {period}", "тек {period} кезеңінде", "только в {period}"),
  renamed: term("formerly {id}", "бұрынғы коды {id}", "прежний код {id}"),
  editionChanged: term(
    "Methodology edition changed: {previousEdition} in {previous}, {currentEdition} in {current}; the figures are compared as they stand.",
    "Әдістеме редакциясы өзгерді: {previous} – {previousEdition}, {current} – {currentEdition}; сандар сол күйінде салыстырылды.",
    "Редакция методики изменилась: {previous} – {previousEdition}, {current} – {currentEdition}; цифры сравниваются как есть.",
  ),
  sameEdition: term(
    "Methodology edition {edition} in both periods.",
    "Екі кезеңде де әдістеменің {edition} редакциясы.",
    "В обоих периодах редакция методики {edition}.",
  ),
  movedMost: term(
    "Indicators that moved most",
    "Ең көп өзгерген көрсеткіштер",
    "Показатели с наибольшим изменением",
  ),
  noMove: term("no indicator changed", "бірде-бір көрсеткіш өзгерген жоқ", "ни один показатель не изменился"),
  truncation: term(
    "Figures truncated to two decimals; a change is the difference of the figures shown (I-18).",
    "Сандар екі ондық белгіге дейін қиылған; өзгеріс – көрсетілген сандардың айырмасы (I-18).",
    "Цифры усечены до двух знаков; изменение – разность показанных цифр (I-18).",
  ),
} as const satisfies Record<string, Term>;

export const LEVEL_MOVE_TERMS: Readonly<Record<LevelMove, Term>> = {
  up: term("up", "жоғарылады", "повысился"),
  down: term("down", "төмендеді", "понизился"),
  same: term("unchanged", "өзгерген жоқ", "не изменился"),
};

export const LEVEL_MOVE_MARK: Readonly<Record<LevelMove, string>> = { up: "▲", down: "▼", same: "=" };
