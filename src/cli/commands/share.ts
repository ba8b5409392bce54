/**
 * `opeval share FILE.xlsx --out COPY.xlsx [--force] [--lang kk|ru|en]`: the copy of the analyst's
 * workbook for a recipient without the add-in — every OPEVAL.* cell as its value, everything else
 * as it was (src/xlsx/share-scan.ts; docs/INSTALL.md, "Sharing a copy"). The input is only read.
 */
import { cliTerm, cliText, COMMAND_HELP } from "../help-text";
import { environmentLang } from "../locale";
import { readFile, stat } from "node:fs/promises";
import { formatProblem, word, type Problem } from "../../model/problems";
import type { ShareInputError } from "../../xlsx/share-package";
import type { Lang } from "../../model/types";
import { findingProblem, type ShareFinding } from "../../xlsx/share-scan";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { EXIT, describeIoError, type Command } from "../io";
import { outputExists, OutputExistsError, publishFile } from "../publish";
import { outputPath } from "./template";

const LANGS: readonly Lang[] = ["kk", "ru", "en"];
/** The biggest workbook shared: read whole (the copy streams each part out of it). */
export const SHARE_MAX_BYTES = 1024 * 1024 * 1024;

/**
 * Why the file cannot be copied, in the words the package reader uses for the same cases
 * (src/xlsx/read.ts packageProblem), so `share` and `score` say one thing in kk, ru and en.
 */
function inputProblem(e: ShareInputError, path: string): Problem {
  const detail = {
    notZip: word("package.notZip"),
    damaged: e.part === undefined ? word("package.damaged") : `${word("package.damaged")}: ${e.part}`,
    notWorkbook: word("package.noWorkbook"),
  } as const;
  return e.reason === "encrypted"
    ? { severity: "error", code: "encryptedWorkbook", bodyId: null, path, params: {} }
    : { severity: "error", code: "notXlsx", bodyId: null, path, params: { detail: detail[e.reason] } };
}

export const shareCommand: Command = {
  name: "share",
  ...COMMAND_HELP.share,
  async run(argv, io) {
    const args = parseArgs(argv, ["force"], ["out", "lang"]);
    rejectUnknown(args, ["out", "force", "lang"]);
    if (args.positional.length !== 1) throw new UsageError(cliTerm("oneWorkbook"));
    const input = args.positional[0]!;
    const out = outputPath(args, ".xlsx", input);
    const lang = choice(args, "lang", LANGS, environmentLang(io.env ?? {}));
    const force = args.options.get("force") === true;
    if (!force && outputExists(out)) throw new OutputExistsError(out);
    let bytes: Uint8Array;
    try {
      const st = await stat(input);
      if (st.size > SHARE_MAX_BYTES) {
        io.stderr(
          `opeval share: ${cliText("fileTooLarge", lang, { file: input, max: SHARE_MAX_BYTES / 1048576 })}\n`,
        );
        return EXIT.invalidInput;
      }
      bytes = await readFile(input); // a Buffer is a Uint8Array: not copied
    } catch (e) {
      io.stderr(`opeval share: ${describeIoError(e, lang) ?? input}\n`);
      return EXIT.failure;
    }
    const { sharePackage, ShareInputError } = await import("../../xlsx/share-package");
    const { ShareStopped } = await import("../../xlsx/share-scan");
    const { nodeShareCodec } = await import("../../xlsx/share-node");
    let findings: readonly ShareFinding[] = [];
    let converted = new Map<string, number>();
    const failed = new Error("not published");
    try {
      await publishFile(out, force, async (handle) => {
        const result = await sharePackage(bytes, nodeShareCodec, {
          write: async (chunk, position) => {
            await handle.write(chunk, 0, chunk.length, position);
          },
        });
        findings = result.findings;
        converted = result.converted;
        // Nothing is published when a cell had no value: the temporary file is removed.
        if (findings.some((f) => f.severity === "error")) throw failed;
      });
    } catch (e) {
      if (e instanceof ShareInputError) {
        io.stderr(formatProblem(inputProblem(e, input), lang) + "\n");
        return EXIT.invalidInput;
      }
      if (e instanceof ShareStopped) findings = e.findings;
      else if (e !== failed) throw e;
    }
    for (const f of findings) io.stderr(formatProblem(findingProblem(f), lang) + "\n");
    if (findings.some((f) => f.severity === "error")) return EXIT.invalidInput;
    const cells = [...converted.values()].reduce((a, b) => a + b, 0);
    const sheets = [...converted].map(([sheet, n]) => `${sheet}: ${n}`).join(", ");
    io.stdout(`${cliText("sharedCells", lang, { out, cells })}${sheets ? ` (${sheets})` : ""}\n`);
    return EXIT.ok;
  },
};
