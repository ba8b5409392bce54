/** `opeval export FILE.xlsx --out assessment.json [--force] [--lang en|kk|ru]`: the JSON form of a workbook. */
import { extname } from "node:path";
import { formatProblem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { EXIT, type Command } from "../io";
import { outputPath } from "./template";
import { outputExists, publishText } from "../publish";

const LANGS: readonly Lang[] = ["en", "kk", "ru"];

export const exportCommand: Command = {
  name: "export",
  summary: "write the JSON assessment (docs/FORMAT.md) of a template workbook",
  usage: `opeval export FILE.xlsx --out assessment.json [--force] [--lang en|kk|ru]

Reads the input template FILE.xlsx and writes its assessment as JSON (the format opeval score
reads). Nothing is written when the workbook has an error: problems go to stderr, naming sheet,
cell, column and reason in --lang.
  --force  replace --out if it exists (FILE is never modified)
Exit codes: 0 written; 2 invalid workbook; 1 other failure.`,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["out", "lang"]);
    rejectUnknown(args, ["out", "force", "lang"]);
    if (args.positional.length !== 1) throw new UsageError("expected exactly one FILE.xlsx");
    const file = args.positional[0]!;
    if (![".xlsx", ".xlsm"].includes(extname(file).toLowerCase()))
      throw new UsageError("FILE must be an .xlsx or .xlsm workbook");
    const lang = choice(args, "lang", LANGS, "en");
    const out = outputPath(args, ".json", file);
    const force = args.options.get("force") === true;
    if (!force && outputExists(out)) {
      io.stderr(`opeval export: ${out} already exists; use --force to replace it\n`);
      return EXIT.failure;
    }
    const { readWorkbookFile } = await import("../../xlsx/read"); // the workbook library only when used
    const read = await readWorkbookFile(file);
    for (const p of read.problems) io.stderr(formatProblem(p, lang) + "\n");
    if (read.input === undefined) return read.unreadable && read.missing ? EXIT.failure : EXIT.invalidInput;
    await publishText(out, force, JSON.stringify(read.input, null, 2) + "\n");
    io.stdout(`${out}: ${(read.assessment?.bodies.length ?? 0).toString()} bodies\n`);
    return EXIT.ok;
  },
};
