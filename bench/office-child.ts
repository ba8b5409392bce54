/**
 * `node build/bench/office-child.js 50 500 calls:50`: the Office.js round trips (file import;
 * `calls:N` the fallback of Office.js calls) of bench/office.ts in their
 * own process, so `npm run bench` can count them while webpack builds (neither is timed).
 * Prints one JSON line: RoundTrips[].
 */
import { formsRoundTrips, type RoundTrips } from "./office";

async function main(): Promise<void> {
  const results: RoundTrips[] = [];
  for (const arg of process.argv.slice(2)) {
    const [path, n] = arg.startsWith("calls:")
      ? (["calls", arg.slice(6)] as const)
      : (["import", arg] as const);
    results.push(await formsRoundTrips(Number(n), path));
  }
  process.stdout.write(JSON.stringify(results) + "\n");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
