/**
 * `opeval history FILE… --out HISTORY.xlsx [--replace-period] [--force] [--lang kk|ru|en]`: scores
 * each assessment and writes a history workbook (opeval_History, opeval_BodyMap). Inputs are never
 * modified; the history is written whole or not at all.
 */
import { formatProblem, type Problem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { renderTemplateSheets } from "../../model/template-sheets";
import { mergePeriods, type SourcedPeriod } from "../../history/history-record";
import { bodyMapTableRows, historyTableRows } from "../../history/history-rows";
import { BODY_MAP_TABLE_NAME, HISTORY_TABLES, HISTORY_TABLE_NAME } from "../../history/history-tables";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { loadHistorySource } from "../history-source";
import { EXIT, type Command, type CommandIO } from "../io";
import { commandLineLang } from "../locale";
import { assertNotInput, outputExists, OutputExistsError, publishWorkbook } from "../publish";
import { outputPath } from "./template";

const LANGS: readonly Lang[] = ["kk", "ru", "en"];

export function reportProblems(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

export const historyCommand: Command = {
  name: "history",
  ...COMMAND_HELP.history,
  async run(argv, io) {
    const args = parseArgs(argv, ["force", "replace-period"], ["out", "lang"], ["received"]);
    rejectUnknown(args, ["out", "force", "replace-period", "lang", "received"]);
    if (args.positional.length === 0) throw new UsageError(cliTerm("atLeastOneFile"));
    const lang = choice(args, "lang", LANGS, "kk");
    // The workbook's language is --lang's (default kk); messages speak the command line's (../locale.ts).
    const messages = commandLineLang(argv, io.env ?? {});
    const out = outputPath(args, ".xlsx");
    const received = args.lists.get("received");
    for (const file of [...args.positional, ...(received ?? [])]) assertNotInput(file, out);
    const force = args.options.get("force") === true;
    if (!force && outputExists(out)) throw new OutputExistsError(out);

    const inputs: SourcedPeriod[] = [];
    const bodyMap = new Map<string, string>();
    const problems: Problem[] = [];
    let missing = false;
    const last = args.positional.length - 1;
    for (const [k, file] of args.positional.entries()) {
      // Received conclusions (issue 24) complete the last FILE: the period being closed now.
      const source = await loadHistorySource(file, new Date(), k === last ? received : undefined);
      if (!source.ok) {
        problems.push(...source.problems);
        missing ||= source.missing === true;
        continue;
      }
      if (source.periodProblem) problems.push(source.periodProblem);
      inputs.push(...source.recorded);
      if (source.assessment) inputs.push(source.assessment);
      for (const [previous, current] of source.bodyMap) bodyMap.set(previous, current);
    }
    if (problems.length) {
      reportProblems(problems, messages, io);
      return missing ? EXIT.failure : EXIT.invalidInput;
    }
    const merged = mergePeriods(inputs, { replacePeriod: args.options.get("replace-period") === true });
    if (merged.problems.length) {
      reportProblems(merged.problems, messages, io);
      return EXIT.invalidInput;
    }
    const { default: ExcelJS } = await import("exceljs");
    const { addSheetsToWorkbook } = await import("../../xlsx/writeSheets");
    const rows = new Map([
      [HISTORY_TABLE_NAME, historyTableRows(merged.periods, lang)],
      [BODY_MAP_TABLE_NAME, bodyMapTableRows(bodyMap, lang)],
    ]);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "opeval";
    await addSheetsToWorkbook(workbook, renderTemplateSheets(HISTORY_TABLES, lang, rows));
    // Published whole through a temporary file: a history is never partly written.
    await publishWorkbook(workbook, out, force);
    const periods = merged.periods.map((p) => p.period).join(", ");
    const written = { out, periods, rows: rows.get(HISTORY_TABLE_NAME)!.length - 1 };
    const replaced = merged.replaced.join(", ");
    io.stdout(
      (replaced
        ? cliText("historyWrittenReplacing", messages, { ...written, replaced })
        : cliText("historyWritten", messages, written)) + "\n",
    );
    return EXIT.ok;
  },
};
