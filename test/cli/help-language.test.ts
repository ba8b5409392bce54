/**
 * Issue 23 item 11: help and command-line messages in the analyst's language (--lang, else
 * LC_ALL/LC_MESSAGES/LANG, else English), "did you mean" for a mistyped option or command, and an
 * unknown body id told alone. Every expected text below is written out by hand.
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { nearest } from "../../src/cli/args";
import { COMMANDS } from "../../src/cli/commands";
import { commandLineLang, environmentLang } from "../../src/cli/locale";
import { CASES, runCommand } from "../helpers/cli";

const RU = { LANG: "ru_RU.UTF-8" };
const KK = { LANG: "kk_KZ.UTF-8" };

describe("which language", () => {
  test("the locale: LC_ALL, then LC_MESSAGES, then LANG; kk… and ru… only", () => {
    expect(environmentLang({})).toBe("en");
    expect(environmentLang({ LANG: "C.UTF-8" })).toBe("en");
    expect(environmentLang({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(environmentLang({ LANG: "kk_KZ.UTF-8" })).toBe("kk");
    expect(environmentLang({ LANG: "ru_KZ" })).toBe("ru");
    expect(environmentLang({ LC_ALL: "kk_KZ.UTF-8", LANG: "ru_RU.UTF-8" })).toBe("kk");
    expect(environmentLang({ LC_ALL: "", LC_MESSAGES: "ru_RU", LANG: "kk_KZ" })).toBe("ru");
    expect(environmentLang({ LC_ALL: "C", LANG: "ru_RU.UTF-8" })).toBe("en");
  });

  test("--lang wins over the locale, in both spellings; both speaks Kazakh", () => {
    expect(commandLineLang(["score", "--lang", "en"], RU)).toBe("en");
    expect(commandLineLang(["score", "--lang=ru"], KK)).toBe("ru");
    expect(commandLineLang(["conclude", "--lang", "both"], RU)).toBe("kk");
    expect(commandLineLang(["score", "--lang", "de"], RU)).toBe("ru");
    expect(commandLineLang(["score"], {})).toBe("en");
  });
});

describe("opeval --help", () => {
  test("in Russian from LANG, one line per command", async () => {
    const run = await runCommand(["--help"], RU);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "opeval — операционная оценка государственных органов (редакция Методики 2020 года)",
    );
    expect(lines[2]).toBe("Использование: opeval КОМАНДА [параметры]   (подробнее: opeval КОМАНДА --help)");
    expect(lines).toContain(
      "  score       оценить группу государственных органов (.json или .xlsx) и вывести результаты",
    );
    expect(lines).toContain("  --version   вывести номер версии");
    expect(lines).toContain("Язык справки и сообщений: --lang, иначе LC_ALL/LANG (kk…, ru…), иначе en.");
  });

  test("in Kazakh with --lang kk, whatever the locale", async () => {
    const run = await runCommand(["--help", "--lang", "kk"], RU);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "opeval — мемлекеттік органдарды операциялық бағалау (Әдістеменің 2020 жылғы редакциясы)",
    );
    expect(lines).toContain("  validate    кіріс файлының барлық ақауын тізу (қателер мен ескертулер)");
  });

  test("in English without a locale", async () => {
    const run = await runCommand(["--help"]);
    expect(run.stdout.split("\n")[0]).toBe(
      "opeval — operational assessment of state bodies (methodology edition 2020)",
    );
  });
});

describe("a command's --help", () => {
  test("score --help --lang kk: the Kazakh usage", async () => {
    const run = await runCommand(["score", "--help", "--lang", "kk"], RU);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([
      "opeval score ФАЙЛ [--format json|table] [--lang en|kk|ru] [--received R.json|R.xlsx…]",
      "",
      "ФАЙЛ-дағы (docs/FORMAT.md бойынша JSON немесе opeval үлгісіндегі жұмыс кітабы) әр органды бағалайды.",
    ]);
  });

  test("conclude --help with LC_ALL=ru: the Russian usage", async () => {
    const run = await runCommand(["conclude", "--help"], { LC_ALL: "ru_RU.UTF-8", LANG: "kk_KZ.UTF-8" });
    expect(run.stdout).toContain("\n  --bodies  идентификаторы органов (по умолчанию: все)\n");
  });

  test("every command has its summary and usage in three languages, each usage naming the command", () => {
    let checked = 0;
    for (const command of COMMANDS) {
      for (const lang of ["en", "kk", "ru"] as const) {
        expect(command.usage[lang].startsWith(`opeval ${command.name}`)).toBe(true);
        expect(command.summary[lang].trim()).not.toBe("");
        checked++;
      }
      // Translated, not copied: the Kazakh and Russian texts differ from the English and each other.
      expect(new Set([command.usage.en, command.usage.kk, command.usage.ru]).size).toBe(3);
      expect(new Set([command.summary.en, command.summary.kk, command.summary.ru]).size).toBe(3);
    }
    expect(checked).toBe(COMMANDS.length * 3);
    expect(COMMANDS.length).toBeGreaterThanOrEqual(8);
  });
});

describe("did you mean", () => {
  test("nearest: a prefix or a few edits, else nothing", () => {
    expect(nearest("bodys", ["bodies", "lang", "forms", "out", "split", "force"])).toBe("bodies");
    expect(nearest("for", ["format", "lang"])).toBe("format");
    expect(nearest("fo", ["format", "forms"])).toBeUndefined();
    expect(nearest("fromat", ["format", "lang"])).toBe("format");
    expect(nearest("xyz", ["format", "lang"])).toBeUndefined();
  });

  test("a mistyped option, in English and in Russian", async () => {
    const en = await runCommand(["score", "x.json", "--fromat", "table"]);
    expect(en.code).toBe(1);
    expect(en.stderr.split("\n")[0]).toBe("opeval score: unknown option --fromat; did you mean --format?");
    const ru = await runCommand(["score", "x.json", "--fromat", "table"], RU);
    expect(ru.stderr.split("\n")[0]).toBe(
      "opeval score: неизвестный параметр --fromat; возможно, имелось в виду --format?",
    );
    const kk = await runCommand(["validate", "x.json", "--lnag", "kk"]);
    expect(kk.stderr.split("\n")[0]).toBe("opeval validate: unknown option --lnag; did you mean --lang?");
  });

  test("a mistyped command: one line and a pointer, not the whole help", async () => {
    const run = await runCommand(["scroe", "x.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'opeval: unknown command "scroe"; did you mean score?\n(opeval --help lists the commands)\n',
    );
    const kk = await runCommand(["conclud"], KK);
    expect(kk.stderr).toBe(
      'opeval: "conclud" деген команда жоқ; conclude болуы мүмкін бе?\n(командалар тізімі: opeval --help)\n',
    );
  });

  test("a missing FILE, in Russian: the message, then the Russian usage", async () => {
    const run = await runCommand(["score"], RU);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").slice(0, 3)).toEqual([
      "opeval score: нужен ровно один ФАЙЛ",
      "",
      "Использование: opeval score ФАЙЛ [--format json|table] [--lang en|kk|ru] [--received R.json|R.xlsx…]",
    ]);
  });

  test("a value outside the choices, in Kazakh", async () => {
    const run = await runCommand(["score", "x.json", "--format", "xml"], KK);
    expect(run.stderr.split("\n")[0]).toBe(
      "opeval score: --format мына мәндердің бірі болуы керек: json, table",
    );
  });
});

describe("conclude --bodies with an unknown id", () => {
  const out = join(mkdtempSync(join(tmpdir(), "opeval-help-")), "forms.xlsx");

  test("said alone, with the first ids of the cohort, without the usage", async () => {
    const file = join(CASES, "mixed-cohort.json");
    const run = await runCommand(["conclude", file, "--bodies", "xyz", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `opeval conclude: --bodies: no body with id xyz in ${file} (6 bodies: b0, b1, b2, b3, b4, …)\n` +
        "(opeval conclude --help lists the options)\n",
    );
    expect(run.stdout).toBe("");
  });

  test("in Russian, with the id it most likely meant", async () => {
    const file = join(CASES, "cohort-local.json");
    const run = await runCommand(["conclude", file, "--bodies", "taraz", "--out", out], RU);
    expect(run.stderr).toBe(
      `opeval conclude: --bodies: в ${file} нет органа с идентификатором taraz (органов: 3; almaty-akimat, taraz-akimat, shymkent-akimat); ` +
        "возможно, имелось в виду taraz-akimat?\n(список параметров: opeval conclude --help)\n",
    );
  });
});
