/**
 * One measurement of bench/share.ts in its own process, so its peak memory (maxRSS) is its own:
 * `node build/bench/share-child.js share|copy IN.xlsx OUT.xlsx`. `share` is the CLI command itself
 * (`opeval share IN --out OUT --force`); `copy` reads the same file whole and writes it out, the
 * baseline. Prints one JSON line: { ms, maxRssMB }.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runCli } from "../src/cli/main";

async function main(): Promise<void> {
  const [mode, input, out] = process.argv.slice(2) as [string, string, string];
  const start = process.hrtime.bigint();
  if (mode === "copy") writeFileSync(out, readFileSync(input));
  else {
    let stderr = "";
    const code = await runCli(["share", input, "--out", out, "--force"], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    if (code !== 0) throw new Error(`share exited ${code}: ${stderr}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
