/**
 * `opeval objections FILE [--objections objections.json] [--lang kk|ru|both] [--out FILE.xlsx] [--force]`:
 * the objections procedure (chapter 7). Shows every objection with its deadline and outcome (late
 * ones are not accepted, §104), applies the accepted corrections to a copy of the input in memory,
 * re-scores it and writes annex 14 per body and direction, the corrected conclusions beside the
 * originals, the before/after comparison and the opeval_Log sheet to a new workbook. The input file
 * is only read, never re-serialized (docs/WORKBOOKS.md).
 */
import { userInfo } from "node:os";
import { extname } from "node:path";
import { overridesFrom, type DayOverride } from "../../calendar/calendar";
import { formatDotted, formatIsoDate, parseIsoDate } from "../../calendar/date";
import type { FormLang } from "../../forms/form-terms";
import type { Lang } from "../../i18n/lang";
import { type AssessmentResult } from "../../methodology/assess";
import { evaluate } from "../../evaluate";
import { escapeForTerminal, formatProblem, type Problem } from "../../model/problems";
import { TABLE_TERMS } from "../../model/model-terms";
import type { DirectionId, Settings } from "../../model/types";
import { recorderFromSettings } from "../../objections/log";
import { objectionRussianProblems, parseObjectionsDocument } from "../../objections/objection-parse";
import { runObjections, type ProcedureOutput } from "../../objections/procedure";
import { procedureSheets } from "../../objections/objection-sheets";
import { OBJECTIONS_TABLE, OUTCOME_TERMS, reviewHeader } from "../../objections/objection-terms";
import type { Objection } from "../../objections/objection-types";
import { readProcedureTables } from "../../objections/objection-reader";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { EXIT, type Command, type CommandIO } from "../io";
import { commandLineLang } from "../locale";
import { loadAssessmentFile, readJsonFile } from "../load";
import type { TableValues } from "../../model/tables";
import { assertNotInput, outputExists, OutputExistsError, publishWorkbook } from "../publish";

function report(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

function width(text: string): number {
  return [...text].length;
}

function dotted(date: string | undefined): string {
  const d = date === undefined ? undefined : parseIsoDate(date);
  return d === undefined ? "—" : formatDotted(d);
}

/** The terminal table: one line per objection with its dates and outcome. */
export function renderReview(out: ProcedureOutput, lang: FormLang): string {
  const header = reviewHeader(lang);
  const rows = out.reviews.map((r) => [
    String(r.objection.no),
    escapeForTerminal(r.objection.bodyId),
    TABLE_TERMS[r.objection.direction][lang],
    escapeForTerminal(r.objection.item),
    dotted(r.objection.conclusionReceived),
    dotted(r.deadline),
    dotted(r.objection.submitted),
    r.outcome === "late" ? `${OUTCOME_TERMS.late[lang]}` : OUTCOME_TERMS[r.outcome][lang],
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + " ".repeat(Math.max(0, widths[i]! - width(c))))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

/** Who records a direction's log entries: from its signing block (recorderFromSettings), else the OS user. */
function recorder(settings: Settings): (direction: DirectionId) => string {
  let user: string;
  try {
    user = userInfo().username || "opeval";
  } catch {
    user = "opeval";
  }
  return (direction) => recorderFromSettings(settings, direction) ?? user;
}

interface Sources {
  objections?: Objection[];
  holidays: DayOverride[];
  problems: Problem[];
  /** The objections file could not be read at all (exit 1). */
  ioFailure?: boolean;
}

async function readSources(
  objectionsFile: string | undefined,
  bookTables?: readonly TableValues[],
): Promise<Sources> {
  const sources: Sources = { holidays: [], problems: [] };
  if (bookTables) {
    const fromBook = readProcedureTables(bookTables);
    sources.holidays.push(...fromBook.holidays);
    sources.problems.push(...fromBook.problems);
    if (!objectionsFile && fromBook.objections) sources.objections = fromBook.objections;
  }
  if (objectionsFile) {
    const read = await readJsonFile(objectionsFile);
    if ("problem" in read) {
      sources.problems.push(read.problem);
      sources.ioFailure = read.io;
      return sources;
    }
    const parsed = parseObjectionsDocument(read.value);
    sources.objections = parsed.objections;
    // Rows of the JSON file come after the workbook's, so they win for the same date.
    sources.holidays.push(...parsed.holidays);
    sources.problems.push(...parsed.problems);
  }
  return sources;
}

export const objectionsCommand: Command = {
  name: "objections",
  ...COMMAND_HELP.objections,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["objections", "lang", "out"]);
    rejectUnknown(args, ["objections", "lang", "out", "force"]);
    if (args.positional.length !== 1) throw new UsageError(cliTerm("oneFile"));
    const file = args.positional[0]!;
    const out = args.options.get("out");
    if (out === true) throw new UsageError(cliTerm("needsValue", { name: "out" }));
    if (out !== undefined) {
      if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(cliTerm("outNewWorkbook"));
      assertNotInput(file, out);
    }
    const objectionsFile = args.options.get("objections");
    if (objectionsFile === true) throw new UsageError(cliTerm("needsValue", { name: "objections" }));
    const langOption = choice(args, "lang", ["kk", "ru", "both"] as const, "both");
    const langs: FormLang[] = langOption === "both" ? ["kk", "ru"] : [langOption];
    const lang = langs[0]!;
    // The review and the forms speak --lang's first; messages speak the command line's (../locale.ts).
    const messages = commandLineLang(argv, io.env ?? {});
    const force = args.options.get("force") === true;
    if (out !== undefined && !force && outputExists(out)) throw new OutputExistsError(out);
    const isBook = [".xlsx", ".xlsm"].includes(extname(file).toLowerCase());
    if (!isBook && objectionsFile === undefined)
      throw new UsageError(cliTerm("noObjectionsTable", { file, table: OBJECTIONS_TABLE }));

    const loaded = await loadAssessmentFile(file);
    if (!loaded.ok) {
      report(loaded.problems, messages, io);
      return loaded.missing ? EXIT.failure : EXIT.invalidInput;
    }
    const evaluation = evaluate(loaded.input);
    if (!evaluation.ok) {
      report([...loaded.problems, ...evaluation.problems], messages, io);
      return EXIT.invalidInput;
    }
    const original: AssessmentResult = evaluation.result;
    const sources = await readSources(objectionsFile, isBook ? (loaded.tables ?? []) : undefined);
    if (sources.problems.some((p) => p.severity === "error")) {
      report(sources.problems, messages, io);
      return sources.ioFailure ? EXIT.failure : EXIT.invalidInput;
    }
    if (!sources.objections) {
      io.stderr(
        `opeval objections: ${cliText("noObjectionsTable", messages, { file, table: OBJECTIONS_TABLE })}\n`,
      );
      return EXIT.invalidInput;
    }
    const result = runObjections(original, sources.objections, overridesFrom(sources.holidays), lang);
    // Annex 14 in Russian prints the Kazakh objection or note where no Russian one was given: warned
    // when Russian forms are written (without --out only the review is printed, in one language).
    const russian =
      out !== undefined && langs.includes("ru") ? objectionRussianProblems(sources.objections) : [];
    report([...sources.problems, ...result.problems, ...russian], messages, io);
    // Invalid content: the problems on stderr and nothing on stdout.
    if (result.problems.some((p) => p.severity === "error")) return EXIT.invalidInput;
    if (result.reviews.length > 0) io.stdout(renderReview(result, lang));
    const counts = (o: string) => result.reviews.filter((r) => r.outcome === o).length;
    // The counts are a message: in the command line's language, as the problems above are.
    const summary = cliText("objectionsSummary", messages, {
      count: result.reviews.length,
      accepted: counts("accepted"),
      rejected: counts("rejected"),
      late: counts("late"),
      pending: counts("pending"),
      corrected: result.changes.length,
      changed: result.comparison.length,
    });
    io.stdout(summary + "\n");
    if (out === undefined) return EXIT.ok;

    // The workbook library is loaded only by the commands that write workbooks. The analyst's
    // workbook is only read (for its tables); what opeval writes goes to a new workbook.
    const { default: Excel } = await import("exceljs");
    const { addSheetsToWorkbook } = await import("../../xlsx/writeSheets");
    const workbook = new Excel.Workbook();
    workbook.creator = "opeval";
    const specs = procedureSheets(original, result, {
      langs,
      log: {
        who: recorder(original.assessment.settings),
        recorded: formatIsoDate(Math.floor(Date.now() / 86_400_000)),
      },
    });
    const names = await addSheetsToWorkbook(workbook, specs);
    await publishWorkbook(workbook, out, force);
    io.stdout(cliText("sheetsWrittenTo", messages, { count: names.length, out }) + "\n");
    return EXIT.ok;
  },
};
