/**
 * Signals (issue 22, item 8): Ctrl-C or SIGTERM during a long synchronous phase (a big read) ends
 * the run at once, not when the phase ends; while an output is being written its temporary file
 * is removed. Run in a child process over the built CLI's publish module (npm run build:cli).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/cli";

const PUBLISH = join(ROOT, "build", "src", "cli", "publish.js");
let dir: string;
beforeAll(() => {
  if (!existsSync(PUBLISH)) throw new Error(`build the CLI first (npm run build:cli): ${PUBLISH} is missing`);
  dir = mkdtempSync(join(tmpdir(), "opeval-signals-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` in a child node, sends SIGTERM when it prints "ready", and reports how it ended. */
function interrupt(script: string): Promise<{ code: number | null; signal: string | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    let sent = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!sent && stdout.includes("ready")) {
        sent = true;
        child.kill("SIGTERM");
      }
    });
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stdout }));
  });
}

test("a signal during a long synchronous phase ends the run then, not after the phase", async () => {
  const run = await interrupt(`
    const publish = require(${JSON.stringify(PUBLISH)});
    publish.removeStagedFilesOnSignals();
    process.stdout.write("ready\\n");
    const end = Date.now() + 4000;
    while (Date.now() < end); // a long read: no event loop turn until it ends
    process.stdout.write("finished\\n");
  `);
  // A handler installed now would have let the loop finish (and print) before it ran.
  expect(run.stdout).toBe("ready\n");
  expect(run.signal).toBe("SIGTERM");
});

test("a signal while an output is written removes its temporary file (exit 143)", async () => {
  const out = join(dir, "out.txt");
  const run = await interrupt(`
    const publish = require(${JSON.stringify(PUBLISH)});
    publish.removeStagedFilesOnSignals();
    publish.publishFile(${JSON.stringify(out)}, false, async (handle) => {
      await handle.write("partial");
      process.stdout.write("ready\\n");
      await new Promise((r) => setTimeout(r, 20000));
    });
  `);
  expect(run.stdout).toBe("ready\n");
  expect(run.code).toBe(143);
  expect(readdirSync(dir)).toEqual([]);
});
