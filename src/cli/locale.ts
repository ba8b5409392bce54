/**
 * The language the command line speaks to the analyst: `--lang` when it names one, else the
 * locale (the first set of LC_ALL, LC_MESSAGES, LANG, as POSIX orders them: kk… or ru…), else en.
 * One rule for every command's help and messages.
 */
import type { Lang } from "../i18n/lang";

export type Environment = Readonly<Record<string, string | undefined>>;

/** The locale's language: "kk_KZ.UTF-8" → kk, "ru_RU.UTF-8" → ru, anything else (C, en_US…) → en. */
export function environmentLang(env: Environment): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  const code = locale.slice(0, 2).toLowerCase();
  return code === "kk" || code === "ru" ? code : "en";
}

/**
 * The language of help and of messages about the command line, read before the command parses
 * its arguments: `--lang X` or `--lang=X` naming en, kk or ru; `both` (the forms' two languages)
 * speaks the first, Kazakh, as the objections command does.
 */
export function commandLineLang(argv: readonly string[], env: Environment): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "en" || value === "kk" || value === "ru") return value;
    if (value === "both") return "kk";
  }
  return environmentLang(env);
}
