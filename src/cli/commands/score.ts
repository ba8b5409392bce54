/** `opeval score FILE [--format json|table] [--lang en|kk|ru]` and `opeval validate FILE`. */
import type { AssessmentResult } from "../../methodology/assess";
import { evaluate } from "../../evaluate";
import { toScoringOutput } from "../../methodology/output";
import { formatProblem, type Problem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { environmentLang } from "../locale";
import { EXIT, type Command, type CommandIO } from "../io";
import { russianTextProblems } from "../../model/parse";
import { loadAssessmentFile } from "../load";
import { withReceived } from "../received";
import { previousComparison } from "../history-source";
import { renderTable } from "../table";

const LANGS: readonly Lang[] = ["en", "kk", "ru"];

function reportProblems(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

function singleFile(positional: string[]): string {
  if (positional.length !== 1) throw new UsageError(cliTerm("oneFile"));
  return positional[0]!;
}

/**
 * The JSON contract written body by body: the same text as `JSON.stringify(output, null, 1)`, but
 * never the whole of it in memory at once (10,000 bodies are ~75 MB of JSON).
 */
async function writeScoringJson(result: AssessmentResult, lang: Lang, io: CommandIO): Promise<void> {
  io.stdout('{\n "bodies": [');
  let first = true;
  for (const body of result.bodies) {
    const [json] = toScoringOutput({ ...result, bodies: [body] }, lang).bodies;
    io.stdout((first ? "\n  " : ",\n  ") + JSON.stringify(json, null, 1).replace(/\n/g, "\n  "));
    first = false;
    await io.drained?.();
  }
  io.stdout(first ? "]\n}\n" : "\n ]\n}\n");
}

export const scoreCommand: Command = {
  name: "score",
  ...COMMAND_HELP.score,
  async run(argv, io) {
    const args = parseArgs(argv, [], ["format", "lang"], ["received"]);
    rejectUnknown(args, ["format", "lang", "received"]);
    const format = choice(args, "format", ["json", "table"] as const, "json");
    const lang = choice(args, "lang", LANGS, environmentLang(io.env ?? {}));
    const file = singleFile(args.positional);
    // With --received a workbook is read even if it lacks what the files bring (K3 of a central body).
    const loaded = await loadAssessmentFile(file, { unvalidated: args.lists.has("received") });
    if (!loaded.ok) {
      reportProblems(loaded.problems, lang, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    // Conclusions other authorities sent (issue 24) join the bodies before validation.
    const received = await withReceived(args.lists.get("received"), loaded, file);
    if (!received.ok) {
      reportProblems(received.problems, lang, io);
      return received.missing ? EXIT.failure : EXIT.invalidInput;
    }
    // The table shows figures only: explanations are not kept (they are most of a result's memory).
    const evaluation = evaluate(loaded.input, { explanations: format === "json" });
    const locate = received.locate;
    if (!evaluation.ok) {
      reportProblems([...loaded.problems, ...locate(evaluation.problems)], lang, io);
      return EXIT.invalidInput;
    }
    // What only the workbook had wrong (hidden rows, unknown columns…) belongs to no body's result.
    reportProblems(loaded.problems, lang, io);
    for (const body of evaluation.result.bodies) body.warnings = locate(body.warnings);
    if (format === "json") await writeScoringJson(evaluation.result, lang, io);
    else {
      // A workbook that records earlier periods (opeval_History) gets change columns.
      const previous = previousComparison(loaded.tables, evaluation.result);
      reportProblems(previous.problems, lang, io);
      io.stdout(renderTable(evaluation.result, lang, previous.comparison));
    }
    return EXIT.ok;
  },
};

export const validateCommand: Command = {
  name: "validate",
  ...COMMAND_HELP.validate,
  async run(argv, io) {
    const args = parseArgs(argv, [], ["lang"]);
    rejectUnknown(args, ["lang"]);
    const lang = choice(args, "lang", LANGS, environmentLang(io.env ?? {}));
    const loaded = await loadAssessmentFile(singleFile(args.positional));
    if (!loaded.ok) {
      reportProblems(loaded.problems, lang, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    const evaluation = evaluate(loaded.input, { explanations: false });
    const locate = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
    const problems = [...loaded.problems, ...locate(evaluation.problems)];
    // Texts the Russian forms would print in Kazakh: warnings, never errors (docs/FORMAT.md).
    if (evaluation.ok) problems.push(...locate(russianTextProblems(evaluation.result.assessment)));
    reportProblems(problems, lang, io);
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    // The count goes with the problems (stderr) when there is an error: exit 2 leaves stdout empty.
    const summary = cliText("problemCount", lang, { errors, warnings }) + "\n";
    if (errors > 0) io.stderr(summary);
    else io.stdout(summary);
    return errors > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
