/**
 * `npm run bench`: every figure is a ratio against a baseline measured in the same run (absolute
 * times vary between machines), or a count / size against its budget. Prints a table and writes
 * bench/results.json (git-ignored). Tests never assert these times.
 *
 *   --no-build   measure the existing dist/ instead of running a production webpack build
 *   --full       also conclude 3,000 bodies into one workbook (one run, given up after 10 minutes)
 *   --only=engine,functions,office,e2e,split,bundle,share   run some sections only
 * The split section writes 300 and 3,000 bodies one file each (several minutes on 2 cores).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { bundleSizes, type BundleReport } from "./bundle";
import { ROOT } from "./cohort";
import { endToEnd, splitRuns } from "./e2e";
import { engineAlone } from "./engine";
import { checkInlineAgreement, customFunctions } from "./functions";
import { printTable, type BenchRow } from "./measure";
import { roundTripRows, roundTripsInChild, type RoundTrips } from "./office";
import { shareRows } from "./share";

/**
 * 3,000 bodies are ~63,000 sheets and ~1.4 GB of recorded requests: the fake would need minutes and
 * several GB for a count that follows from the 500-body run (syncs grow with the bytes sent).
 */
const UNMEASURED_OFFICE_3000: BenchRow = {
  id: "office.syncs.3000",
  benchmark: "office.js: context.sync calls",
  size: "3000 bodies",
  value: NaN,
  unit: "syncs",
  note: "not run: ~63,000 sheets; syncs follow the bytes as at 500 bodies (docs/BENCHMARKS.md)",
};

/** The file import (the chosen path) at 50 and 500 bodies; its fallback of Office.js calls at 50. */
const OFFICE_SIZES = ["50", "500", "calls:50"];

const SECTIONS = ["engine", "functions", "office", "e2e", "split", "bundle", "share"] as const;
type Section = (typeof SECTIONS)[number];

function options(argv: readonly string[]) {
  const only = argv.find((a) => a.startsWith("--only="));
  const sections = new Set<Section>(only ? (only.slice("--only=".length).split(",") as Section[]) : SECTIONS);
  for (const s of sections) if (!SECTIONS.includes(s)) throw new Error(`bench: unknown section ${s}`);
  return { sections, build: !argv.includes("--no-build"), full: argv.includes("--full") };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const load = loadavg()[0]!;
  const rows: BenchRow[] = [];
  let bundles: BundleReport[] = [];
  const step = (name: string) =>
    process.stderr.write(`bench: ${name}… (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);

  if (opts.sections.has("engine")) {
    step("engine");
    engineAlone(rows);
  }
  if (opts.sections.has("functions")) {
    step("custom functions");
    checkInlineAgreement();
    customFunctions(rows);
  }
  if (opts.sections.has("e2e")) {
    step("cli end to end, 50 bodies");
    endToEnd(rows, 50, { runs: 3 });
    step("cli end to end, 300 bodies");
    endToEnd(rows, 300, { runs: 1 });
    if (opts.full) {
      step("cli end to end, 3000 bodies (--full)");
      endToEnd(rows, 3000, { runs: 1, heapCapMB: 4096, timeoutMs: 10 * 60_000 });
    }
  }
  if (opts.sections.has("split")) {
    step("cli --split, 300 and 3000 bodies");
    splitRuns(rows, [300, 3000], { timeoutMs: 40 * 60_000 });
  }
  if (opts.sections.has("share")) {
    step("cli share, a 100 MB workbook");
    await shareRows(rows);
  }
  const officeRows = async (trips: Promise<RoundTrips[]>) => {
    for (const r of await trips) roundTripRows(rows, r);
    rows.push(UNMEASURED_OFFICE_3000);
  };
  // Neither the round-trip counts nor the bundle sizes are times, so they run side by side.
  const office = opts.sections.has("office") ? roundTripsInChild(OFFICE_SIZES) : null;
  if (office) step(`office.js round trips, ${OFFICE_SIZES.join(" and ")} bodies`);
  // A failure is reported where the result is awaited, not as an unhandled rejection meanwhile.
  office?.catch(() => undefined);
  if (opts.sections.has("bundle")) {
    step(opts.build ? "production webpack build" : "bundle sizes of dist/");
    const bundleRows: BenchRow[] = [];
    bundles = await bundleSizes(bundleRows, { build: opts.build });
    if (office) await officeRows(office);
    rows.push(...bundleRows);
  } else if (office) await officeRows(office);

  console.log(printTable(rows));
  for (const b of bundles.filter((x) => x.parts.length))
    console.log(
      `\n${b.file}, minified bytes by origin: ` +
        b.parts
          .slice(0, 8)
          .map((p) => `${p.name} ${(p.bytes / 1024).toFixed(0)} KB`)
          .join(", "),
    );
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: Number(load.toFixed(2)),
  };
  const seconds = (Date.now() - started) / 1000;
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(
    join(ROOT, "bench", "results.json"),
    JSON.stringify(
      { date: new Date().toISOString(), machine, seconds, options: process.argv.slice(2), rows, bundles },
      null,
      1,
    ),
  );
  console.log(
    `\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}, ` +
      `load average ${machine.loadAverageAtStart} at start; ${seconds.toFixed(0)} s; bench/results.json written`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
