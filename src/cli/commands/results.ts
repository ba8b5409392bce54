/**
 * `opeval results FILE --direction openness|complaints|automation --out RESULTS.json|RESULTS.xlsx
 * [--force] [--lang kk|ru|en]` (issue 24, the sending side): what an authority sends the Agency for
 * its direction — every assessed body's computed result (total, penalty, final; K3 for
 * automation) with the date and sender of the conclusion, taken from that direction's signing
 * block (body → direction → the Agency's, as the forms take them). The .json is a results
 * document (docs/FORMAT.md, "Results"); the .xlsx a workbook holding the opeval_Received table
 * only. The Agency reads either with `--received`.
 */
import { extname } from "node:path";
import type { BodyResult } from "../../methodology/assess";
import { evaluate } from "../../evaluate";
import { formatProblem, describeValue, type Problem } from "../../model/problems";
import { directionWord } from "../../model/problem-text";
import { signingBlocks, signingFor } from "../../model/signing";
import { isoDateOfCell } from "../../model/tables";
import { receivedTableRows } from "../../model/template-rows";
import { RECEIVED_TABLE } from "../../model/template-schema";
import { renderTemplateSheets } from "../../model/template-sheets";
import {
  RECEIVED_DIRECTIONS,
  type Assessment,
  type Body,
  type Lang,
  type ReceivedConclusion,
  type ReceivedDirection,
} from "../../model/types";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { commandLineLang } from "../locale";
import { EXIT, type Command, type CommandIO } from "../io";
import { loadAssessmentFile } from "../load";
import { outputExists, OutputExistsError, publishText, publishWorkbook } from "../publish";
import { RESULTS_MARK, RESULTS_VERSION } from "../../model/received-files";
import { outputPath } from "./template";

const LANGS: readonly Lang[] = ["kk", "ru", "en"];

function report(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

/** The scores the body's own data give for `direction`; undefined when not computed here (absent, n/a or received). */
function computedScores(
  result: BodyResult,
  body: Body,
  direction: ReceivedDirection,
): Pick<ReceivedConclusion, "total" | "penalty" | "final" | "K3"> | undefined {
  if (body.received?.[direction]) return undefined;
  if (direction === "automation") {
    const services = result.services;
    const K3 =
      typeof services === "object" && services !== null ? services.values.K3 : result.automation?.values.K3;
    return K3 === undefined ? undefined : { K3 };
  }
  const r = result[direction];
  if (r === null || r === "na") return undefined;
  return { total: r.total, penalty: r.penalty, final: r.final };
}

/** The JSON path of a block of `signingBlocks` (which returns the objects themselves). */
function blockPath(
  assessment: Assessment,
  index: number,
  direction: ReceivedDirection,
  block: object,
): string {
  const body = assessment.bodies[index]!;
  if (block === body.conclusion?.[direction]) return `bodies[${index}].conclusion.${direction}`;
  if (block === body.conclusion) return `bodies[${index}].conclusion`;
  if (block === assessment.settings.conclusion?.[direction]) return `settings.conclusion.${direction}`;
  return "settings.conclusion";
}

/**
 * Each body's row: its scores, the conclusion's date (YYYY-MM-DD) and sender (the block's Kazakh
 * `date` and `authority`). A date that is missing or not a date, or a missing sender, is a problem
 * named once per block.
 */
function resultRows(
  assessment: Assessment,
  bodies: readonly BodyResult[],
  direction: ReceivedDirection,
): { rows: { body: Body; conclusion: ReceivedConclusion }[]; problems: Problem[] } {
  const rows: { body: Body; conclusion: ReceivedConclusion }[] = [];
  const problems = new Map<string, Problem>();
  const settings = assessment.settings.conclusion;
  bodies.forEach((result, i) => {
    const body = assessment.bodies[i]!;
    const scores = computedScores(result, body, direction);
    if (!scores) return;
    const signing = signingFor(settings, body, direction, "kk");
    const blocks = signingBlocks(settings, body, direction);
    const dated = blocks.find((b) => b.date !== undefined);
    const date = signing?.date === undefined ? undefined : isoDateOfCell(signing.date.trim());
    const datePath = dated
      ? `${blockPath(assessment, i, direction, dated)}.date`
      : `settings.conclusion.${direction}.date`;
    if (date === undefined)
      problems.set(datePath, {
        severity: "error",
        code: "resultsNoConclusionDate",
        bodyId: null,
        path: datePath,
        params: { direction, got: describeValue(signing?.date) },
      });
    const from = signing?.authority?.trim();
    if (!from)
      problems.set(`settings.conclusion.${direction}.authority`, {
        severity: "error",
        code: "resultsNoSender",
        bodyId: null,
        path: `settings.conclusion.${direction}.authority`,
        params: { direction },
      });
    if (date !== undefined && from)
      rows.push({ body, conclusion: { ...scores, conclusionDate: date, from } });
  });
  return { rows, problems: [...problems.values()] };
}

export const resultsCommand: Command = {
  name: "results",
  ...COMMAND_HELP.results,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["direction", "out", "lang"]);
    rejectUnknown(args, ["direction", "out", "force", "lang"]);
    if (args.positional.length !== 1) throw new UsageError(cliTerm("oneFile"));
    const file = args.positional[0]!;
    if (args.options.get("direction") === undefined)
      throw new UsageError(
        cliTerm("mustBeOneOf", { name: "direction", allowed: RECEIVED_DIRECTIONS.join(", ") }),
      );
    const direction = choice(args, "direction", RECEIVED_DIRECTIONS, "openness");
    const lang = choice(args, "lang", LANGS, "kk");
    const wanted = args.options.get("out");
    // Either kind of file; anything else is told as such (outputPath then checks the rest).
    const ext = typeof wanted === "string" ? extname(wanted).toLowerCase() : ".json";
    if (ext !== ".json" && ext !== ".xlsx") throw new UsageError(cliTerm("outJsonOrXlsx"));
    const out = outputPath(args, ext, file);
    const force = args.options.get("force") === true;
    if (!force && outputExists(out)) throw new OutputExistsError(out);
    // The workbook's language is --lang's (default kk); messages speak the command line's (../locale.ts).
    const messages = commandLineLang(argv, io.env ?? {});
    const loaded = await loadAssessmentFile(file);
    if (!loaded.ok) {
      report(loaded.problems, messages, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    const locate = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
    const evaluation = evaluate(loaded.input, { explanations: false });
    if (!evaluation.ok) {
      report([...loaded.problems, ...locate(evaluation.problems)], messages, io);
      return EXIT.invalidInput;
    }
    const { assessment, bodies } = evaluation.result;
    const { rows, problems } = resultRows(assessment, bodies, direction);
    const none: Problem = {
      severity: "error",
      code: "resultsNoneComputed",
      bodyId: null,
      path: file,
      params: { direction },
    };
    if (rows.length === 0 && problems.length === 0) problems.push(none);
    if (problems.length) {
      report(locate(problems), messages, io);
      return EXIT.invalidInput;
    }
    if (ext === ".json") {
      const document = {
        [RESULTS_MARK]: RESULTS_VERSION,
        direction,
        ...(assessment.period !== undefined ? { period: assessment.period } : {}),
        results: rows.map(({ body, conclusion }) => ({ body: body.id, name: body.name, ...conclusion })),
      };
      await publishText(out, force, JSON.stringify(document, null, 2) + "\n");
    } else {
      // The workbook library only when used; the same writer (and completePackage) as the template.
      const { default: ExcelJS } = await import("exceljs");
      const { addSheetsToWorkbook } = await import("../../xlsx/writeSheets");
      const table = receivedTableRows(
        rows.map(({ body, conclusion }) => ({ id: body.id, received: { [direction]: conclusion } })),
        lang,
      );
      const workbook = new ExcelJS.Workbook();
      workbook.creator = "opeval";
      await addSheetsToWorkbook(
        workbook,
        renderTemplateSheets([RECEIVED_TABLE], lang, new Map([[RECEIVED_TABLE.name, table]])),
      );
      await publishWorkbook(workbook, out, force);
    }
    io.stdout(
      cliText("resultsWritten", messages, {
        out,
        count: rows.length,
        direction: directionWord(direction, messages),
      }) + "\n",
    );
    return EXIT.ok;
  },
};
