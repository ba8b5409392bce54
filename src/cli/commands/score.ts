/** `opeval score FILE [--format json|table] [--lang en|kk|ru]` and `opeval validate FILE`. */
import { evaluate } from "../../methodology/assess";
import { toScoringOutput } from "../../methodology/output";
import { formatProblem, type Problem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { EXIT, type Command, type CommandIO } from "../io";
import { loadAssessmentFile } from "../load";
import { previousComparison } from "../history-source";
import { renderTable } from "../table";

const LANGS: readonly Lang[] = ["en", "kk", "ru"];

function reportProblems(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

function singleFile(positional: string[]): string {
  if (positional.length !== 1) throw new UsageError("expected exactly one FILE");
  return positional[0]!;
}

export const scoreCommand: Command = {
  name: "score",
  summary: "score a cohort (.json or .xlsx) and print the results",
  usage: `opeval score FILE [--format json|table] [--lang en|kk|ru]

Scores every body of FILE (JSON per SCORING-IO.md, or a workbook in the opeval template).
  --format json   the JSON contract (default): scores, explanations, warnings
  --format table  one row per body: three direction finals, general score, level; a workbook
                  whose opeval_History records an earlier period adds its change (Δ) columns
  --lang          language of messages, warnings and table captions (default en)
Exit codes: 0 scored; 2 invalid input (problems on stderr, nothing on stdout); 1 other failure.`,
  async run(argv, io) {
    const args = parseArgs(argv);
    rejectUnknown(args, ["format", "lang"]);
    const format = choice(args, "format", ["json", "table"] as const, "json");
    const lang = choice(args, "lang", LANGS, "en");
    const file = singleFile(args.positional);
    const loaded = await loadAssessmentFile(file);
    if (!loaded.ok) {
      reportProblems(loaded.problems, lang, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    const evaluation = evaluate(loaded.input);
    const locate = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
    if (!evaluation.ok) {
      reportProblems([...loaded.problems, ...locate(evaluation.problems)], lang, io);
      return EXIT.invalidInput;
    }
    for (const body of evaluation.result.bodies) body.warnings = locate(body.warnings);
    if (format === "json")
      io.stdout(JSON.stringify(toScoringOutput(evaluation.result, lang), null, 1) + "\n");
    else {
      // A workbook that records earlier periods (opeval_History) gets change columns.
      const previous = await previousComparison(file, evaluation.result);
      reportProblems(previous.problems, lang, io);
      io.stdout(renderTable(evaluation.result, lang, previous.comparison));
    }
    return EXIT.ok;
  },
};

export const validateCommand: Command = {
  name: "validate",
  summary: "list every problem of an input file (errors and warnings)",
  usage: `opeval validate FILE [--lang en|kk|ru]

Lists every problem of FILE on stderr, one per line, naming the body, the field and the reason
(sheet and cell for workbooks). Exit 2 if there is any error, 0 with warnings only.`,
  async run(argv, io) {
    const args = parseArgs(argv);
    rejectUnknown(args, ["lang"]);
    const lang = choice(args, "lang", LANGS, "en");
    const loaded = await loadAssessmentFile(singleFile(args.positional));
    if (!loaded.ok) {
      reportProblems(loaded.problems, lang, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    const evaluation = evaluate(loaded.input);
    const locate = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
    const problems = [...loaded.problems, ...locate(evaluation.problems)];
    reportProblems(problems, lang, io);
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    io.stdout(`${errors} error(s), ${warnings} warning(s)\n`);
    return errors > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
