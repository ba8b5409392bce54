/** `opeval export FILE.xlsx --out assessment.json [--force] [--lang en|kk|ru]`: the JSON form of a workbook. */
import { extname } from "node:path";
import { formatProblem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { environmentLang } from "../locale";
import { EXIT, type Command } from "../io";
import { outputPath } from "./template";
import { outputExists, OutputExistsError, publishText } from "../publish";

const LANGS: readonly Lang[] = ["en", "kk", "ru"];

export const exportCommand: Command = {
  name: "export",
  ...COMMAND_HELP.export,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["out", "lang"]);
    rejectUnknown(args, ["out", "force", "lang"]);
    if (args.positional.length !== 1) throw new UsageError(cliTerm("oneWorkbook"));
    const file = args.positional[0]!;
    if (![".xlsx", ".xlsm"].includes(extname(file).toLowerCase()))
      throw new UsageError(cliTerm("workbookOnly"));
    const lang = choice(args, "lang", LANGS, environmentLang(io.env ?? {}));
    const out = outputPath(args, ".json", file);
    const force = args.options.get("force") === true;
    if (!force && outputExists(out)) throw new OutputExistsError(out);
    const { readWorkbookFile } = await import("../../xlsx/read"); // the workbook library only when used
    const read = await readWorkbookFile(file);
    for (const p of read.problems) io.stderr(formatProblem(p, lang) + "\n");
    if (read.input === undefined) return read.unreadable && read.missing ? EXIT.failure : EXIT.invalidInput;
    await publishText(out, force, JSON.stringify(read.input, null, 2) + "\n");
    io.stdout(cliText("exported", lang, { out, count: read.assessment?.bodies.length ?? 0 }) + "\n");
    return EXIT.ok;
  },
};
