/**
 * `node build/bench/office-child.js 50 500`: the Office.js round trips of bench/office.ts in their
 * own process, so `npm run bench` can count them while webpack builds (neither is timed).
 * Prints one JSON line: RoundTrips[].
 */
import { formsRoundTrips, type RoundTrips } from "./office";

async function main(): Promise<void> {
  const results: RoundTrips[] = [];
  for (const n of process.argv.slice(2).map(Number)) results.push(await formsRoundTrips(n));
  process.stdout.write(JSON.stringify(results) + "\n");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
