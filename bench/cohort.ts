/** A large synthetic cohort for benchmarks: the sample cohort's bodies repeated with new ids. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

type Json = Record<string, unknown>;

/** The repository root, from bench/ (ts-jest) as from build/bench/ (compiled). */
function findRoot(dir: string): string {
  if (existsSync(join(dir, "package.json"))) return dir;
  const parent = dirname(dir);
  if (parent === dir) throw new Error("bench: package.json not found above " + __dirname);
  return findRoot(parent);
}

export const ROOT = findRoot(__dirname);

export function baseCohort(): Json {
  return JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as Json;
}

/** `n` bodies: copies of the base cohort's bodies, each with a unique id and name. */
export function syntheticCohort(n: number, base: Json = baseCohort()): Json {
  const bodies = base.bodies as Json[];
  const out: Json[] = [];
  for (let i = 0; i < n; i++) {
    const b = JSON.parse(JSON.stringify(bodies[i % bodies.length])) as Json;
    b.id = `${String(b.id)}-${i}`;
    b.name = `${String(b.name)} ${i}`;
    out.push(b);
  }
  return { ...base, bodies: out };
}
