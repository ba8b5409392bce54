/**
 * `opeval score X | head`: the reader closes the pipe early. The CLI stops with exit 1 (its output
 * was not all delivered) and writes no stack trace.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { CLI, ROOT } from "../helpers/cli";

test("a reader that closes the pipe early: exit 1, no stack trace on stderr", async () => {
  const child = spawn(process.execPath, [CLI, "score", join(ROOT, "samples", "assessment-sample.json")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let read = 0;
  // Like `head -c 100`: take the first chunk, then close our end of the pipe.
  child.stdout.once("data", (d: Buffer) => {
    read = d.length;
    child.stdout.destroy();
  });
  const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
  expect(read).toBeGreaterThan(0);
  expect(code).toBe(1);
  expect(stderr).toBe("");
});
