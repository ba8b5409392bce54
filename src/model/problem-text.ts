/**
 * How a problem's parameters are worded into its message: the template filling, the escaping of
 * what input may hold, and the short rendering of a value. Apart from the catalogue
 * (src/model/problems.ts) so that the custom functions, which word only their own few messages,
 * do not carry it.
 */
import type { EfficiencyLevel, Lang } from "./types";
import { AUTOMATION_TERM, LEVEL_TERMS, TABLE_TERMS } from "./model-terms";
import { fill } from "../i18n/lang";
import { localDecimal } from "../i18n/numerals";

export type ProblemParams = Record<string, string | number>;

/**
 * A text with control, invisible and bidi-override characters shown as \\u{…}: a message naming
 * a hostile id can neither move the terminal's cursor nor reorder what the analyst reads.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    /[\u0000-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g,
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

/** Fills a message template (the one `fill` of src/i18n), every parameter escaped for a terminal. */
export function fillTemplate(template: string, params: ProblemParams, lang: Lang = "en"): string {
  const escaped: Record<string, string> = {};
  // A number is echoed as the analyst's language writes it: "1,5" typed is "1,5" told back in kk/ru.
  for (const [name, value] of Object.entries(params))
    escaped[name] = escapeForTerminal(
      typeof value === "number"
        ? localDecimal(value, lang)
        : name === "direction"
          ? directionWord(String(value), lang)
          : translateWords(String(value), lang),
    );
  return fill(template, escaped);
}

/** A direction's word in a message: the parameter `direction` always holds a direction's id. */
const DIRECTION_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  services: TABLE_TERMS.services,
  openness: TABLE_TERMS.openness,
  complaints: TABLE_TERMS.complaints,
  automation: AUTOMATION_TERM,
};

/** «ашықтық» / «открытость» in a kk/ru message (the id stays in English, where it is the word). */
export function directionWord(id: string, lang: Lang): string {
  if (lang === "en" || !Object.prototype.hasOwnProperty.call(DIRECTION_WORDS, id))
    return translateWords(id, lang);
  return `«${DIRECTION_WORDS[id]![lang]}»`;
}

/**
 * Words a parameter holds that the message translates when it is rendered: what a value is when
 * it is no text or number ("nothing", "a list"), and a level of §101. Marked by U+0001, which input
 * cannot hold (control characters are refused), so no text typed by the analyst is ever replaced.
 */
const WORD_MARK = "\u0001";
/**
 * A file-system failure in words, by its error code (issue 23 item 11): one catalogue for the
 * readers' problems (`unreadableFile`'s detail) and the command line's own lines (src/cli/io.ts).
 */
const IO_FAILURE_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ENOENT: {
    en: "no such file or folder",
    kk: "мұндай файл немесе қалта жоқ",
    ru: "нет такого файла или папки",
  },
  EACCES: { en: "permission denied", kk: "рұқсат жоқ", ru: "доступ запрещён" },
  EPERM: { en: "operation not permitted", kk: "әрекетке рұқсат жоқ", ru: "операция не разрешена" },
  EISDIR: { en: "it is a folder, not a file", kk: "бұл файл емес, қалта", ru: "это папка, а не файл" },
  ENOTDIR: {
    en: "a part of the path is not a folder",
    kk: "жолдың бір бөлігі қалта емес",
    ru: "часть пути не является папкой",
  },
  EEXIST: { en: "already exists", kk: "бұрыннан бар", ru: "уже существует" },
  ENOSPC: {
    en: "no space left on the device",
    kk: "құрылғыда бос орын қалмады",
    ru: "на устройстве не осталось места",
  },
  EROFS: {
    en: "read-only file system",
    kk: "файл жүйесі тек оқуға арналған",
    ru: "файловая система только для чтения",
  },
  EMFILE: { en: "too many open files", kk: "ашық файлдар тым көп", ru: "слишком много открытых файлов" },
  ELOOP: {
    en: "too many symbolic links (or a link where none is allowed)",
    kk: "символдық сілтемелер тым көп (немесе сілтемеге болмайтын жерде сілтеме)",
    ru: "слишком много символических ссылок (или ссылка там, где она недопустима)",
  },
  ENAMETOOLONG: { en: "file name too long", kk: "файл атауы тым ұзын", ru: "слишком длинное имя файла" },
  other: { en: "input/output error", kk: "енгізу-шығару қатесі", ru: "ошибка ввода-вывода" },
};
/** Why a file is no .xlsx package (`notXlsx`'s detail), said alike by `score` and `share`. */
const PACKAGE_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  notZip: { en: "not a ZIP package", kk: "ZIP пакеті емес", ru: "не является ZIP-пакетом" },
  damaged: { en: "damaged", kk: "зақымдалған", ru: "повреждён" },
  noWorkbook: { en: "no workbook part", kk: "жұмыс кітабы бөлігі жоқ", ru: "нет части рабочей книги" },
};
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  nothing: { en: "nothing", kk: "ештеңе", ru: "ничего" },
  list: { en: "a list", kk: "тізім", ru: "список" },
  object: { en: "an object", kk: "объект", ru: "объект" },
  endOfFile: { en: "the end of the file", kk: "файлдың соңы", ru: "конец файла" },
  ...Object.fromEntries(Object.entries(LEVEL_TERMS).map(([level, term]) => [`level.${level}`, term])),
  ...Object.fromEntries(Object.entries(IO_FAILURE_WORDS).map(([code, term]) => [`io.${code}`, term])),
  ...Object.fromEntries(Object.entries(PACKAGE_WORDS).map(([why, term]) => [`package.${why}`, term])),
};

/** A word of VALUE_WORDS as a parameter, e.g. `word("nothing")`. */
export function word(key: keyof typeof VALUE_WORDS | `level.${EfficiencyLevel}`): string {
  return WORD_MARK + key + WORD_MARK;
}

const MARKED_WORD = new RegExp(`${WORD_MARK}([A-Za-z.]+)${WORD_MARK}`, "g");

function translateWords(value: string, lang: Lang): string {
  if (!value.includes(WORD_MARK)) return value;
  return value.replace(MARKED_WORD, (whole, key: string) => VALUE_WORDS[key]?.[lang] ?? whole);
}

/** A file-system failure (its error code) as a parameter: "no such file or folder" in the message's language. */
export function ioFailureWord(code: string | undefined): string {
  if (code !== undefined && code !== "other" && Object.prototype.hasOwnProperty.call(IO_FAILURE_WORDS, code))
    return word(`io.${code}`);
  return code ? `${word("io.other")} (${code})` : word("io.other");
}

/** The same words rendered, for a line that is no problem (src/cli/io.ts). */
export function ioFailureText(code: string | undefined, lang: Lang): string {
  return translateWords(ioFailureWord(code), lang);
}

/**
 * Short rendering of any input value for a message (never the whole of a large object). A number
 * stays a number, so the message writes it as its language does (1,5 in kk and ru).
 */
export function describeValue(value: unknown): string | number {
  if (value === undefined) return word("nothing");
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return word("list");
  return word("object");
}
