/**
 * The methodology reference of an explanation (`Explanation.source`) in the analyst's language.
 * The engine writes references in one short English notation — `§32, annex 6`, `§51–52`,
 * `annex 10 tables 2–3`, `annex 3/4` — and this renders them as the interpretation register
 * (src/forms/interpretations.ts) cites the Methodology: «32-тармақ, 6-қосымша» in Kazakh,
 * «пункт 32, приложение 6» in Russian. The notation is closed: a piece it does not know is left as
 * written, and test/unit/explain-source.test.ts checks that no reference of the engine is left so.
 */
import type { Lang } from "../i18n/lang";

type CiteLang = Exclude<Lang, "en">;

/** Paragraphs: one («32-тармақ», «пункт 32») or several, a range or a list («пункты 43, 39»). */
const PARAGRAPHS: Readonly<Record<CiteLang, (numbers: string, several: boolean) => string>> = {
  kk: (n, several) => `${n}-${several ? "тармақтар" : "тармақ"}`,
  ru: (n, several) => `${several ? "пункты" : "пункт"} ${n}`,
};

/** An annex («6-қосымша», «приложение 6»); `3/4` is "annex 3 or 4" as the engine writes it. */
const ANNEX: Readonly<Record<CiteLang, (n: string) => string>> = {
  kk: (n) => `${n}-қосымша`,
  ru: (n) => `приложение ${n}`,
};

/** A table of an annex («1-кесте», «таблица 1»; «2–3-кестелер», «таблицы 2–3»). */
const TABLES: Readonly<Record<CiteLang, (numbers: string, several: boolean) => string>> = {
  kk: (n, several) => `${n}-${several ? "кестелер" : "кесте"}`,
  ru: (n, several) => `${several ? "таблицы" : "таблица"} ${n}`,
};

const PARAGRAPH_MARK = "§";
const ANNEX_WORD = "annex ";

/** `annex 10 tables 2–3` → «приложение 10, таблицы 2–3»; null when the piece is not an annex. */
function annexPiece(piece: string, lang: CiteLang): string | null {
  if (!piece.startsWith(ANNEX_WORD)) return null;
  const [annex, tableWord, tables, ...rest] = piece.slice(ANNEX_WORD.length).split(" ");
  if (!annex || rest.length > 0) return null;
  if (tableWord === undefined) return ANNEX[lang](annex);
  if ((tableWord !== "table" && tableWord !== "tables") || !tables) return null;
  return `${ANNEX[lang](annex)}, ${TABLES[lang](tables, tableWord === "tables")}`;
}

/**
 * A reference in `lang`. Consecutive paragraphs are cited together (`§7, §112–113` → «пункты 7,
 * 112–113»), as the register does; English is the engine's own notation.
 */
export function sourceText(source: string, lang: Lang): string {
  if (lang === "en" || source === "") return source;
  const out: string[] = [];
  let paragraphs: string[] = [];
  const flush = () => {
    if (paragraphs.length === 0) return;
    const several = paragraphs.length > 1 || paragraphs[0]!.includes("–");
    out.push(PARAGRAPHS[lang](paragraphs.join(", "), several));
    paragraphs = [];
  };
  for (const piece of source.split(", ")) {
    if (piece.startsWith(PARAGRAPH_MARK)) {
      paragraphs.push(piece.slice(PARAGRAPH_MARK.length));
      continue;
    }
    flush();
    out.push(annexPiece(piece, lang) ?? piece);
  }
  flush();
  return out.join(", ");
}
