#!/usr/bin/env node
/**
 * The `opeval` command. Dispatches to the commands of ./commands; turns usage mistakes into a
 * message and exit 1, and any unexpected failure into one line (never a stack trace unless
 * OPEVAL_DEBUG is set).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Lang } from "../i18n/lang";
import { nearest, UsageError } from "./args";
import { COMMANDS } from "./commands";
import { cliText } from "./help-text";
import { EXIT, describeFailure, type CommandIO } from "./io";
import { commandLineLang } from "./locale";
import { removeStagedFilesOnSignals } from "./publish";

function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    dir = dirname(dir);
  }
  return "unknown";
}

function mainHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), "--version".length);
  return [
    cliText("title", lang),
    "",
    cliText("usageLine", lang),
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`),
    "",
    `  ${"--version".padEnd(width)}  ${cliText("version", lang)}`,
    "",
    cliText("languageNote", lang),
    "",
  ].join("\n");
}

export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  // Help and command-line messages speak --lang, else the locale's language (locale.ts).
  const lang = commandLineLang(argv, io.env ?? {});
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(mainHelp(lang));
    return name === undefined ? EXIT.failure : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(packageVersion() + "\n");
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    // One line and a pointer, not the whole help: the mistake stays visible.
    const guess = nearest(
      name,
      COMMANDS.map((c) => c.name),
    );
    const hint = guess === undefined ? "" : "; " + cliText("didYouMean", lang, { suggestion: guess });
    io.stderr(
      `opeval: ${cliText("unknownCommand", lang, { name })}${hint}\n${cliText("listCommands", lang)}\n`,
    );
    return EXIT.failure;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage[lang] + "\n");
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const message = e.text ? e.text[lang] : e.message;
      const usage = e.showUsage
        ? `\n${cliText("usage", lang)} ${command.usage[lang]}\n`
        : `${cliText("seeHelp", lang, { command: name })}\n`;
      io.stderr(`opeval ${name}: ${message}\n${usage}`);
      return EXIT.failure;
    }
    io.stderr(`opeval ${name}: ${describeFailure(e, lang)}\n`);
    if (process.env.OPEVAL_DEBUG) io.stderr(String((e as Error).stack) + "\n");
    return EXIT.failure;
  }
}

if (require.main === module) {
  // Ctrl-C or a kill while an output is being written: its temporary file goes too. At any other
  // time a signal ends the run at once, whatever synchronous work is in progress.
  removeStagedFilesOnSignals();
  // `opeval score X | head`: the reader went away. Its output was not all delivered (an I/O
  // failure, exit 1), but it is no error worth a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(EXIT.failure);
  });
  const io: CommandIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    drained: () =>
      process.stdout.writableNeedDrain
        ? new Promise((done) => process.stdout.once("drain", () => done()))
        : Promise.resolve(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `opeval: ${describeFailure(e, commandLineLang(process.argv.slice(2), process.env))}\n`,
      );
      process.exitCode = EXIT.failure;
    },
  );
}
