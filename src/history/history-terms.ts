/** The kk/ru/en words of the comparison (CLI table, demo table, task pane). */
import { term, type Term } from "../i18n/lang";
import type { LevelMove } from "./history-compare";

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
  onlyInList: term(
    "In {period} only (not in this assessment): {bodies}.",
    "Тек {period} кезеңінде (бұл бағалауда жоқ): {bodies}.",
    "Только в {period} (нет в этой оценке): {bodies}.",
  ),
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

/** The task pane's words for the history (Results and Generate steps, trend sheet). */
export const PANE_TERMS = {
  period: term("Period", "Кезең", "Период"),
  trendSheet: term("Trend", "Динамика", "Динамика"),
  trendTitle: term(
    "{body}: general score and directions by period",
    "{body}: кезеңдер бойынша жалпы бағалау және бағыттар",
    "{body}: общая оценка и направления по периодам",
  ),
  changeAgainst: term("change against {period}", "{period} кезеңімен салыстырғанда", "изменение к {period}"),
  levelWas: term("{period}: {level}", "{period}: {level}", "{period}: {level}"),
  // The base under each change of the Results step ("+1,81 к 2018"): short enough for a score column
  // of a 320 px pane. Kazakh puts the case ending on a word, «жыл» for a year, else «кезең».
  changeBaseYear: term("vs\u00a0{period}", "{period} жылдан", "к\u00a0{period}"),
  changeBase: term("vs\u00a0{period}", "{period} кезеңінен", "к\u00a0{period}"),
  movedTitle: term(
    "Change against {period}: indicators that moved most",
    "{period} кезеңімен салыстырғанда: ең көп өзгерген көрсеткіштер",
    "Изменение к {period}: показатели с наибольшим изменением",
  ),
  recordOffer: term(
    "Record {period} in the workbook's history (opeval_History)",
    "{period} кезеңін кітаптың тарихына жазу (opeval_History)",
    "Записать {period} в историю книги (opeval_History)",
  ),
  recordReplace: term(
    "{period} is already recorded. Replace its rows with these results?",
    "{period} кезеңі жазылған. Оның жолдарын осы нәтижелермен ауыстыру керек пе?",
    "{period} уже записан. Заменить его строки этими результатами?",
  ),
  replaceConfirm: term(
    "Replace the rows of {period}",
    "{period} жолдарын ауыстыру",
    "Заменить строки {period}",
  ),
  recorded: term(
    "{count} rows of {period} recorded in opeval_History.",
    "{period} кезеңінің {count} жолы opeval_History кестесіне жазылды.",
    "В opeval_History записано строк за {period}: {count}.",
  ),
  replaced: term(
    "{removed} earlier rows of {period} replaced by {count} rows.",
    "{period} кезеңінің бұрынғы {removed} жолы {count} жолмен ауыстырылды.",
    "Прежние строки за {period} ({removed}) заменены новыми ({count}).",
  ),
  noTable: term(
    "The workbook has no opeval_History table: insert the template (step 1) into a new workbook, or use opeval history.",
    "Кітапта opeval_History кестесі жоқ: үлгіні (1-қадам) жаңа кітапқа қойыңыз немесе opeval history пайдаланыңыз.",
    "В книге нет таблицы opeval_History: вставьте шаблон (шаг 1) в новую книгу или используйте opeval history.",
  ),
  insertTrend: term("Insert trend chart", "Динамика диаграммасын қою", "Вставить диаграмму динамики"),
  trendInserted: term("Sheet «{sheet}» inserted.", "«{sheet}» парағы қойылды.", "Вставлен лист «{sheet}»."),
  trendNeedsTwo: term(
    "The trend needs this body in at least two recorded periods.",
    "Динамика үшін орган кемінде екі жазылған кезеңде болуы керек.",
    "Для динамики орган должен быть хотя бы в двух записанных периодах.",
  ),
} as const satisfies Record<string, Term>;
