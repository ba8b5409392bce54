/** A large synthetic cohort for benchmarks: the sample cohort's bodies repeated with new ids. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Json = Record<string, unknown>;

export const ROOT = join(__dirname, "..", "..");

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
