/**
 * `opeval conclude FILE [--bodies id,…] [--lang kk|ru|both] [--forms 1,3,…|all] --out FILE.xlsx [--force]`:
 * the annex forms of every body as sheets of a new workbook. The input (JSON, or the analyst's
 * .xlsx/.xlsm workbook) is only read: its package is never re-serialized, because exceljs does not
 * round-trip what Excel writes (tables, charts, pivots, images, comments, macros). See
 * docs/WORKBOOKS.md.
 */
import { extname } from "node:path";
import { FORM_IDS, buildConclusionSheets, type FormId } from "../../forms/index";
import type { FormLang } from "../../forms/form-terms";
import type { Lang } from "../../i18n/lang";
import { evaluate } from "../../evaluate";
import { escapeForTerminal, formatProblem, type Problem } from "../../model/problems";
import { choice, nearest, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { EXIT, type Command, type CommandIO } from "../io";
import { previousComparison } from "../history-source";
import { russianTextProblems } from "../../model/parse";
import { loadAssessmentFile } from "../load";
import { commandLineLang } from "../locale";
import { withReceived } from "../received";
import { assertNotInput, outputExists, OutputExistsError, publishBytes } from "../publish";
import { concludeSplit, splitDir } from "./conclude-split";

function report(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

function parseForms(value: string | true | undefined): readonly FormId[] | "all" {
  if (value === undefined || value === "all") return "all";
  if (value === true) throw new UsageError(cliTerm("needsValue", { name: "forms" }));
  const ids = value.split(",").map((s) => s.trim());
  for (const id of ids)
    if (!FORM_IDS.includes(Number(id) as FormId) || !/^\d+$/.test(id))
      throw new UsageError(cliTerm("notAnAnnex", { id, annexes: FORM_IDS.join(", ") }));
  return ids.map((s) => Number(s) as FormId);
}

/** How many known ids an unknown --bodies id is told with: a cohort may have thousands. */
const KNOWN_IDS_SHOWN = 5;

/** An unknown body id, told alone (the usage would hide it), with the id it most likely meant. */
function unknownBodies(unknown: readonly string[], known: readonly string[], file: string): UsageError {
  const guess = nearest(unknown[0]!, known);
  const shown = known.slice(0, KNOWN_IDS_SHOWN);
  const more = known.length > shown.length ? ", …" : "";
  const text = cliTerm("unknownBodies", {
    ids: unknown.map((id) => escapeForTerminal(id)).join(", "),
    file,
    count: known.length,
    known: shown.map((id) => escapeForTerminal(id)).join(", ") + more,
  });
  if (guess === undefined) return new UsageError(text, { showUsage: false });
  const hint = cliTerm("didYouMean", { suggestion: escapeForTerminal(guess) });
  return new UsageError(
    { en: `${text.en}; ${hint.en}`, kk: `${text.kk}; ${hint.kk}`, ru: `${text.ru}; ${hint.ru}` },
    { showUsage: false },
  );
}

export const concludeCommand: Command = {
  name: "conclude",
  ...COMMAND_HELP.conclude,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["bodies", "lang", "forms", "out", "split"], ["received"]);
    rejectUnknown(args, ["bodies", "lang", "forms", "out", "force", "split", "received"]);
    if (args.positional.length !== 1) throw new UsageError(cliTerm("oneFile"));
    const file = args.positional[0]!;
    const split = splitDir(args.options.get("split"), args.options.get("out"));
    const out = args.options.get("out");
    if (!split) {
      if (typeof out !== "string") throw new UsageError(cliTerm("outOrSplitRequired"));
      if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(cliTerm("outNewWorkbook"));
      assertNotInput(file, out);
      for (const r of args.lists.get("received") ?? []) assertNotInput(r, out);
    }
    const lang = choice(args, "lang", ["kk", "ru", "both"] as const, "both");
    // The forms' languages are --lang's; messages speak the command line's (--lang, else the locale).
    const messages = commandLineLang(argv, io.env ?? {});
    const langs: FormLang[] = lang === "both" ? ["kk", "ru"] : [lang];
    const forms = parseForms(args.options.get("forms"));
    const force = args.options.get("force") === true;
    if (typeof out === "string" && !force && outputExists(out)) throw new OutputExistsError(out);

    // With --received a workbook is read even if it lacks what the files bring (K3 of a central body).
    const loaded = await loadAssessmentFile(file, { unvalidated: args.lists.has("received") });
    if (!loaded.ok) {
      report(loaded.problems, messages, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    // Conclusions other authorities sent (issue 24) join the bodies before validation.
    const received = await withReceived(args.lists.get("received"), loaded, file);
    if (!received.ok) {
      report(received.problems, messages, io);
      return received.missing ? EXIT.failure : EXIT.invalidInput;
    }
    // The forms read of the explanations only which interpretation applied where ("rules"): the
    // texts of a whole cohort are not kept, nor needed by the comparison with the previous period.
    const evaluation = evaluate(loaded.input, { explanations: "rules" });
    if (!evaluation.ok) {
      const located = args.lists.has("received") ? received.locate(evaluation.problems) : evaluation.problems;
      report([...loaded.problems, ...located], messages, io);
      return EXIT.invalidInput;
    }
    const result = evaluation.result;
    const bodiesOption = args.options.get("bodies");
    let bodies: string[] | undefined;
    if (bodiesOption !== undefined) {
      if (bodiesOption === true) throw new UsageError(cliTerm("needsValue", { name: "bodies" }));
      bodies = bodiesOption
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
      const known = new Set(result.bodies.map((b) => b.id));
      const unknown = bodies.filter((id) => !known.has(id));
      if (unknown.length) throw unknownBodies(unknown, [...known], file);
    }

    // A workbook whose opeval_History records an earlier period: the analysis states the change.
    const { comparison } = previousComparison(loaded.tables, result);
    const previous = comparison ? { previous: comparison } : {};
    // Texts the Russian forms print in Kazakh because no Russian one was given: warned, not refused.
    if (langs.includes("ru")) {
      const chosen = new Set(bodies ?? result.bodies.map((b) => b.id));
      const locate = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
      report(
        locate(russianTextProblems(result.assessment)).filter(
          (p) => p.bodyId === null || chosen.has(p.bodyId),
        ),
        messages,
        io,
      );
    }
    if (split)
      return concludeSplit(
        result,
        {
          dir: split,
          input: file,
          langs,
          forms,
          force,
          messages,
          ...previous,
          ...(bodies ? { bodies } : {}),
        },
        io,
      );

    // The forms go to a new workbook of their own (the analyst's workbook is never re-serialized),
    // written by opeval's own document writer: the forms have no formulas, tables or validations.
    const { writeXlsx } = await import("../../xlsx/spreadsheetml");
    const { deflateRawNode } = await import("../../xlsx/deflate-node");
    const specs = buildConclusionSheets(result, { ...previous, ...(bodies ? { bodies } : {}), langs, forms });
    const { bytes, names } = await writeXlsx(specs, { deflateRaw: deflateRawNode });
    await publishBytes(out as string, force, bytes);
    io.stdout(cliText("sheetsWrittenTo", messages, { count: names.length, out: out as string }) + "\n");
    return EXIT.ok;
  },
};
