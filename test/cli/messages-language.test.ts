/**
 * Issue 23 item 11: the command line's own messages (output paths, file arguments, failures) are
 * told in the analyst's language — --lang, else the locale, else English (src/cli/locale.ts) — in
 * every command. Each expected line is written out by hand; the last test fails when an English
 * literal is written to stderr or thrown at the user again instead of coming from the catalogue.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../src/i18n/lang";
import { describeFailure, describeIoError } from "../../src/cli/io";
import { cliText } from "../../src/cli/help-text";
import { OutputExistsError } from "../../src/cli/publish";
import { ROOT, runCommand } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "sample-cohort.json");
const LOCALES: Record<Lang, Record<string, string>> = {
  en: { LANG: "C.UTF-8" },
  kk: { LANG: "kk_KZ.UTF-8" },
  ru: { LANG: "ru_RU.UTF-8" },
};

const dir = mkdtempSync(join(tmpdir(), "opeval-messages-"));
const existing = join(dir, "mine.xlsx");
writeFileSync(existing, "the analyst's own file");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each case: the command line (no --lang: the locale speaks) and its first stderr line (after warnings) in en, kk, ru. */
const CASES: { name: string; argv: () => string[]; exit: number; line: Record<Lang, string> }[] = [
  {
    name: "an output that exists, without --force",
    argv: () => ["template", "--out", existing],
    exit: 1,
    line: {
      en: `opeval template: ${existing} already exists; use --force to replace it`,
      kk: `opeval template: ${existing} бұрыннан бар; ауыстыру үшін --force қосыңыз`,
      ru: `opeval template: ${existing} уже существует; чтобы заменить, укажите --force`,
    },
  },
  {
    name: "--out missing",
    argv: () => ["history", SAMPLE],
    exit: 1,
    line: {
      en: "opeval history: --out FILE.xlsx is required",
      kk: "opeval history: --out ФАЙЛ.xlsx міндетті",
      ru: "opeval history: нужен параметр --out ФАЙЛ.xlsx",
    },
  },
  {
    name: "--out of the wrong kind",
    argv: () => ["export", existing, "--out", join(dir, "a.txt")],
    exit: 1,
    line: {
      en: "opeval export: --out must be a .json file",
      kk: "opeval export: --out .json файлы болуы керек",
      ru: "opeval export: --out должен быть файлом .json",
    },
  },
  {
    name: "--out naming the input",
    argv: () => ["template", "--from", existing, "--out", existing],
    exit: 1,
    line: {
      en: `opeval template: --out ${existing} is the input file ${existing} (the input is never modified)`,
      kk: `opeval template: --out ${existing} — кіріс файлы ${existing} (кіріс файлы ешқашан өзгертілмейді)`,
      ru: `opeval template: --out ${existing} — это входной файл ${existing} (входной файл никогда не изменяется)`,
    },
  },
  {
    name: "conclude's --out as a macro workbook",
    argv: () => ["conclude", SAMPLE, "--out", join(dir, "forms.xlsm")],
    exit: 1,
    line: {
      en: "opeval conclude: --out must be an .xlsx file: opeval writes a new workbook of its own, without macros (an .xlsm FILE is only read)",
      kk: "opeval conclude: --out .xlsx файлы болуы керек: opeval макроссыз жаңа жұмыс кітабын жазады (.xlsm ФАЙЛ тек оқылады)",
      ru: "opeval conclude: --out должен быть файлом .xlsx: opeval записывает новую рабочую книгу без макросов (ФАЙЛ .xlsm только читается)",
    },
  },
  {
    name: "conclude without --out or --split",
    argv: () => ["conclude", SAMPLE],
    exit: 1,
    line: {
      en: "opeval conclude: --out FILE.xlsx (or --split DIR) is required",
      kk: "opeval conclude: --out ФАЙЛ.xlsx (немесе --split ҚАЛТА) міндетті",
      ru: "opeval conclude: нужен параметр --out ФАЙЛ.xlsx (или --split ПАПКА)",
    },
  },
  {
    name: "--forms naming no annex",
    argv: () => ["conclude", SAMPLE, "--forms", "3,99", "--out", join(dir, "forms.xlsx")],
    exit: 1,
    line: {
      en: 'opeval conclude: --forms: "99" is not an annex (choose from 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 or all)',
      kk: 'opeval conclude: --forms: "99" — қосымша нөмірі емес (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 немесе all таңдаңыз)',
      ru: 'opeval conclude: --forms: "99" — не номер приложения (выберите из 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 или all)',
    },
  },
  {
    name: "--split with --out",
    argv: () => ["conclude", SAMPLE, "--split", dir, "--out", join(dir, "forms.xlsx")],
    exit: 1,
    line: {
      en: "opeval conclude: --split and --out exclude each other",
      kk: "opeval conclude: --split пен --out бірге берілмейді",
      ru: "opeval conclude: --split и --out нельзя указывать вместе",
    },
  },
  {
    name: "--split naming a file",
    argv: () => ["conclude", SAMPLE, "--split", existing, "--forms", "3"],
    exit: 1,
    line: {
      en: `opeval conclude: ${existing} is a file, not a folder: give --split a folder`,
      kk: `opeval conclude: ${existing} — қалта емес, файл: --split-ке қалта беріңіз`,
      ru: `opeval conclude: ${existing} — файл, а не папка: укажите в --split папку`,
    },
  },
  {
    name: "an argument template does not take",
    argv: () => ["template", "extra", "--out", join(dir, "t.xlsx")],
    exit: 1,
    line: {
      en: "opeval template: unexpected argument extra",
      kk: "opeval template: артық аргумент: extra",
      ru: "opeval template: лишний аргумент: extra",
    },
  },
  {
    name: "share without its workbook",
    argv: () => ["share", "--out", join(dir, "copy.xlsx")],
    exit: 1,
    line: {
      en: "opeval share: expected exactly one FILE.xlsx",
      kk: "opeval share: дәл бір ФАЙЛ.xlsx керек",
      ru: "opeval share: нужен ровно один ФАЙЛ.xlsx",
    },
  },
  {
    name: "export of a JSON file",
    argv: () => ["export", SAMPLE, "--out", join(dir, "a.json")],
    exit: 1,
    line: {
      en: "opeval export: FILE must be an .xlsx or .xlsm workbook",
      kk: "opeval export: ФАЙЛ .xlsx немесе .xlsm жұмыс кітабы болуы керек",
      ru: "opeval export: ФАЙЛ должен быть рабочей книгой .xlsx или .xlsm",
    },
  },
  {
    name: "compare with one file",
    argv: () => ["compare", SAMPLE],
    exit: 1,
    line: {
      en: "opeval compare: expected PREV and CURR (or one file with --periods)",
      kk: "opeval compare: АЛДЫҢҒЫ және АҒЫМДАҒЫ файлдар керек (немесе --periods-пен бір файл)",
      ru: "opeval compare: нужны ПРЕДЫДУЩИЙ и ТЕКУЩИЙ файлы (или один файл с --periods)",
    },
  },
  {
    name: "--periods with one period",
    argv: () => ["compare", existing, "--periods", "2019"],
    exit: 1,
    line: {
      en: "opeval compare: --periods needs two periods, e.g. --periods 2019,2020",
      kk: "opeval compare: --periods опциясына екі кезең керек, мысалы: --periods 2019,2020",
      ru: "opeval compare: параметру --periods нужны два периода, например: --periods 2019,2020",
    },
  },
  {
    name: "--periods with two files",
    argv: () => ["compare", existing, existing, "--periods", "2019,2020"],
    exit: 1,
    line: {
      en: "opeval compare: --periods takes exactly one HISTORY.xlsx",
      kk: "opeval compare: --periods дәл бір ТАРИХ.xlsx файлымен беріледі",
      ru: "opeval compare: с --periods указывается ровно один ИСТОРИЯ.xlsx",
    },
  },
  {
    name: "objections of a JSON file without --objections",
    argv: () => ["objections", SAMPLE],
    exit: 1,
    line: {
      en: `opeval objections: ${SAMPLE} has no opeval_Objections table; give --objections objections.json`,
      kk: `opeval objections: ${SAMPLE} файлында opeval_Objections кестесі жоқ; --objections objections.json беріңіз`,
      ru: `opeval objections: в ${SAMPLE} нет таблицы opeval_Objections; укажите --objections objections.json`,
    },
  },
  {
    name: "a file that is not there",
    argv: () => ["score", join(dir, "none.json")],
    exit: 1,
    line: {
      en: `error: ${join(dir, "none.json")}: the file cannot be read: no such file or folder`,
      kk: `қате: ${join(dir, "none.json")}: файлды оқу мүмкін емес: мұндай файл немесе қалта жоқ`,
      ru: `ошибка: ${join(dir, "none.json")}: файл невозможно прочитать: нет такого файла или папки`,
    },
  },
  {
    name: "a folder given as the file",
    argv: () => ["validate", dir],
    exit: 1,
    line: {
      en: `error: ${dir}: the file cannot be read: it is a folder, not a file`,
      kk: `қате: ${dir}: файлды оқу мүмкін емес: бұл файл емес, қалта`,
      ru: `ошибка: ${dir}: файл невозможно прочитать: это папка, а не файл`,
    },
  },
  {
    name: "a workbook that is no ZIP package",
    argv: () => ["share", existing, "--out", join(dir, "copy.xlsx")],
    exit: 2,
    line: {
      en: `error: ${existing}: the file is not an .xlsx workbook (not a ZIP package)`,
      kk: `қате: ${existing}: файл .xlsx кітабы емес (ZIP пакеті емес)`,
      ru: `ошибка: ${existing}: файл не является книгой .xlsx (не является ZIP-пакетом)`,
    },
  },
];

const RUNS = CASES.flatMap((c) => (["en", "kk", "ru"] as const).map((lang) => ({ ...c, lang })));

test.each(RUNS)("$name, in $lang (the locale's language)", async ({ argv, exit, line, lang }) => {
  const run = await runCommand(argv(), LOCALES[lang]);
  // The sample's warnings (no Russian names) come first where the forms are planned: skipped.
  const told = run.stderr.split("\n").filter((l) => !/^(warning|ескерту|предупреждение): /.test(l));
  expect({ code: run.code, stdout: run.stdout, first: told[0] }).toEqual({
    code: exit,
    stdout: "",
    first: line[lang],
  });
});

test("--lang outweighs the locale, for messages as for help", async () => {
  const run = await runCommand(["template", "--lang", "ru", "--out", existing], LOCALES.kk);
  expect(run.stderr).toBe(`opeval template: ${existing} уже существует; чтобы заменить, укажите --force\n`);
  const both = await runCommand(["conclude", SAMPLE, "--lang", "both", "--split", dir, "--out", existing]);
  expect(both.stderr.split("\n")[0]).toBe("opeval conclude: --split пен --out бірге берілмейді");
  expect(readFileSync(existing, "utf8")).toBe("the analyst's own file");
});

test("failures told without a command line to trigger them: exact words in every language", () => {
  const exists = new OutputExistsError("out.xlsx");
  expect(describeFailure(exists, "kk")).toBe("out.xlsx бұрыннан бар; ауыстыру үшін --force қосыңыз");
  const denied = Object.assign(new Error("EACCES"), { code: "EACCES", path: "out.xlsx" });
  expect(describeIoError(denied, "en")).toBe("out.xlsx: permission denied");
  expect(describeIoError(denied, "kk")).toBe("out.xlsx: рұқсат жоқ");
  expect(describeIoError(denied, "ru")).toBe("out.xlsx: доступ запрещён");
  const odd = Object.assign(new Error("EXYZ"), { code: "EXYZ" });
  expect(describeIoError(odd, "ru")).toBe("ошибка ввода-вывода (EXYZ)");
  expect(describeFailure(new RangeError("Invalid string length"), "ru")).toBe(
    "входные данные слишком велики для обработки (ограничения — в docs/FORMAT.md); ничего не записано",
  );
  expect(describeFailure(new TypeError("x is undefined"), "kk")).toBe(
    "күтпеген ішкі қате команданы тоқтатты; ештеңе жазылмады (толығырақ: OPEVAL_DEBUG=1)",
  );
  expect(cliText("fileTooLarge", "kk", { file: "big.xlsx", max: 1024 })).toBe("big.xlsx: 1024 МБ-тан үлкен");
  expect(cliText("bodiesWritten", "ru", { done: 4, total: 40 })).toBe("записано органов: 4/40");
  expect(cliText("folderNotWritable", "en", { dir: "/x", reason: "permission denied" })).toBe(
    "/x: cannot write files in this folder (permission denied)",
  );
});

/**
 * Every string literal the command line could show a user — written to stderr or stdout, thrown as a
 * UsageError or an Error of its own — must come from the catalogues (help-text.ts CLI_TERMS,
 * model/problems.ts). An English literal there fails this test, naming the file and line.
 */
/** Literals that never reach a user, each with its reason. */
const NEVER_SHOWN = new Set([
  // share: the sentinel that stops publishing a copy with errors, caught a few lines below.
  "src/cli/commands/share.ts: not published",
  // score --format json: the contract's own key (docs/FORMAT.md), the same in every language.
  'src/cli/commands/score.ts: {\\n "bodies": [',
]);

test("no English literal goes to stderr, stdout or into a thrown message in src/cli", () => {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && name !== "help-text.ts") files.push(path);
    }
  };
  walk(join(ROOT, "src", "cli"));
  // A call whose first argument opens with a literal holding a word (letters, not only `\n` or a
  // template's `${…}` placeholders): io.stderr("…"), io.stdout(`…`), UsageError(`…`), new SplitFolderError("…").
  const CALLS = ["stderr(", "stdout(", "UsageError(", "Error(", "Failure(", "super("];
  // Keyed by where the call's "(" stands: `UsageError(` is counted once, not again as `Error(`.
  const calls = new Set<string>();
  const literals = new Set<string>();
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((text, i) => {
      for (const call of CALLS) {
        for (let at = text.indexOf(call); at !== -1; at = text.indexOf(call, at + call.length)) {
          const where = `${file.slice(ROOT.length + 1)}:${i + 1}`;
          calls.add(`${where}:${at + call.length}`);
          const rest = (text.slice(at + call.length).trim() || (lines[i + 1] ?? "").trim()).replace(
            /\$\{[^}]*\}/g,
            "",
          );
          const quote = rest[0];
          if (quote !== '"' && quote !== "`" && quote !== "'") continue;
          const end = rest.indexOf(quote, 1);
          const body = rest.slice(1, end === -1 ? undefined : end);
          const words = body.replace(/\\[nr]/g, "").replace(/^opeval[^:]*: /, "");
          if (/[A-Za-z]{2,}/.test(words) && !NEVER_SHOWN.has(`${where.replace(/:\d+$/, "")}: ${body}`))
            literals.add(`${where}: ${text.trim()}`);
        }
      }
    });
  }
  expect([...literals]).toEqual([]);
  // The scan saw every write and throw of the CLI (96 today): it would notice a new one.
  expect(calls.size).toBeGreaterThan(90);
});

/**
 * Issue 23 item 11 (one default --lang): with no --lang every command speaks the locale, whatever
 * its --lang chooses otherwise (the template's language, the forms' languages), and a problem in the
 * input is told in the same language as a mistake in the command line.
 */
test("every command, without --lang, tells its messages in the locale's language", async () => {
  const { COMMANDS } = await import("../../src/cli/commands");
  const unknown: Record<Lang, string> = {
    en: "unknown option --bogus",
    kk: "--bogus деген опция жоқ",
    ru: "неизвестный параметр --bogus",
  };
  let checked = 0;
  for (const { name } of COMMANDS)
    for (const lang of ["en", "kk", "ru"] as const) {
      const run = await runCommand([name, "--bogus"], LOCALES[lang]);
      expect({ name, lang, first: run.stderr.split("\n")[0] }).toEqual({
        name,
        lang,
        first: `opeval ${name}: ${unknown[lang]}`,
      });
      checked++;
    }
  expect(checked).toBe(COMMANDS.length * 3);
  expect(COMMANDS.length).toBeGreaterThanOrEqual(9);
  // A problem of the input, from a command whose --lang defaults to kk (template) or both (conclude).
  const missing = join(dir, "gone.json");
  for (const argv of [
    ["template", "--from", missing, "--out", join(dir, "t.xlsx")],
    ["conclude", missing, "--out", join(dir, "c.xlsx")],
  ]) {
    const ru = await runCommand(argv, LOCALES.ru);
    expect(ru.stderr).toBe(`ошибка: ${missing}: файл невозможно прочитать: нет такого файла или папки\n`);
    const en = await runCommand(argv, LOCALES.en);
    expect(en.stderr).toBe(`error: ${missing}: the file cannot be read: no such file or folder\n`);
  }
});

test("what a command reports when done is told in the locale's language too", async () => {
  const done: Record<Lang, string> = {
    en: "0 error(s), 17 warning(s)\n",
    kk: "0 қате, 17 ескерту\n",
    ru: "ошибок: 0, предупреждений: 17\n",
  };
  for (const lang of ["en", "kk", "ru"] as const) {
    const run = await runCommand(["validate", SAMPLE], LOCALES[lang]);
    expect({ lang, code: run.code, stdout: run.stdout }).toEqual({ lang, code: 0, stdout: done[lang] });
  }
});
