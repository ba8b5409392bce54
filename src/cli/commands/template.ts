/**
 * `opeval template [--lang kk|ru|en] [--direction D] [--from FILE] --out FILE.xlsx [--force]`: the
 * input workbook, empty or filled from an assessment (JSON or another template workbook); with
 * --direction, only the sheets one authority fills (issue 24).
 */
import { extname } from "node:path";
import { buildCalculationSheet } from "../../forms/calculation";
import { scoreAssessment } from "../../methodology/assess";
import { buildTemplateSheets } from "../../workbook/input-template";
import { TEMPLATE_DIRECTIONS, type TemplateDirection } from "../../model/template-schema";
import { parseAssessment } from "../../model/parse";
import { formatProblem, type Problem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { choice, nearest, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { EXIT, type Command, type CommandIO } from "../io";
import { loadAssessmentFile } from "../load";
import { commandLineLang } from "../locale";
import { assertNotInput, outputExists, OutputExistsError, publishWorkbook } from "../publish";

const LANGS: readonly Lang[] = ["kk", "ru", "en"];

function report(problems: readonly Problem[], lang: Lang, io: CommandIO): void {
  for (const p of problems) io.stderr(formatProblem(p, lang) + "\n");
}

/** `--out` must be a new .xlsx file (or --force) and never the input. */
export function outputPath(args: ReturnType<typeof parseArgs>, ext: string, input?: string): string {
  const out = args.options.get("out");
  if (typeof out !== "string") throw new UsageError(cliTerm("outRequired", { ext }));
  if (extname(out).toLowerCase() !== ext) throw new UsageError(cliTerm("outExtension", { ext }));
  assertNotInput(input, out);
  return out;
}

/** `--direction`: one of the four authorities' workbooks; a mistyped value is told with the one it likely meant. */
function directionOption(args: ReturnType<typeof parseArgs>): TemplateDirection | undefined {
  const value = args.options.get("direction");
  if (value === undefined) return undefined;
  if (typeof value === "string" && (TEMPLATE_DIRECTIONS as readonly string[]).includes(value))
    return value as TemplateDirection;
  const text = cliTerm("mustBeOneOf", { name: "direction", allowed: TEMPLATE_DIRECTIONS.join(", ") });
  const guess = typeof value === "string" ? nearest(value, TEMPLATE_DIRECTIONS) : undefined;
  if (guess === undefined) throw new UsageError(text);
  const hint = cliTerm("didYouMean", { suggestion: guess });
  throw new UsageError({
    en: `${text.en}; ${hint.en}`,
    kk: `${text.kk}; ${hint.kk}`,
    ru: `${text.ru}; ${hint.ru}`,
  });
}

export const templateCommand: Command = {
  name: "template",
  ...COMMAND_HELP.template,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["lang", "from", "out", "direction"]);
    rejectUnknown(args, ["lang", "from", "out", "force", "direction"]);
    if (args.positional.length > 0)
      throw new UsageError(cliTerm("unexpectedArgument", { arg: args.positional[0]! }));
    const lang = choice(args, "lang", LANGS, "kk");
    // The template's language is --lang's (default kk); messages speak the command line's (../locale.ts).
    const messages = commandLineLang(argv, io.env ?? {});
    const direction = directionOption(args);
    const from = args.options.get("from");
    // parseArgs has refused a valued option without its value already: this only narrows the type.
    if (from === true) throw new UsageError(cliTerm("needsValue", { name: "from" }));
    const out = outputPath(args, ".xlsx", from);
    const force = args.options.get("force") === true;
    if (!force && outputExists(out)) throw new OutputExistsError(out);
    let assessment;
    if (from !== undefined) {
      const loaded = await loadAssessmentFile(from);
      if (!loaded.ok) {
        report(loaded.problems, messages, io);
        return loaded.missing ? EXIT.failure : EXIT.invalidInput;
      }
      const parsed = parseAssessment(loaded.input);
      if (!parsed.assessment) {
        report(parsed.problems, messages, io);
        return EXIT.invalidInput;
      }
      assessment = parsed.assessment;
    }
    // The workbook library only when used.
    const { default: ExcelJS } = await import("exceljs");
    const { addSheetsToWorkbook } = await import("../../xlsx/writeSheets");
    const specs = buildTemplateSheets(lang, assessment, direction ? { direction } : {});
    // The live formulas sheet: every score as an =OPEVAL.* formula over the tables, with the engine's
    // results cached so the file shows numbers before the add-in loads. Not in one authority's
    // workbook: its formulas would refer to the tables that workbook leaves out.
    if (assessment && !direction)
      specs.push(buildCalculationSheet(assessment, { lang, result: scoreAssessment(assessment) }));
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "opeval";
    const sheets = await addSheetsToWorkbook(workbook, specs);
    await publishWorkbook(workbook, out, force);
    io.stdout(
      cliText("templateWritten", messages, { out, count: sheets.length, sheets: sheets.join(", ") }) + "\n",
    );
    return EXIT.ok;
  },
};
