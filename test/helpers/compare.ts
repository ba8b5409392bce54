/** Compares an expected JSON tree with an actual one: numbers within 1e-9, everything else exactly. */
export function differences(expected: unknown, actual: unknown, path = "", out: string[] = []): string[] {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    for (const [k, v] of Object.entries(expected)) {
      const a =
        actual !== null && typeof actual === "object" ? (actual as Record<string, unknown>)[k] : undefined;
      differences(v, a, `${path}.${k}`, out);
    }
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      out.push(`${path}: want ${expected.length} items`);
    expected.forEach((v, i) =>
      differences(v, Array.isArray(actual) ? actual[i] : undefined, `${path}[${i}]`, out),
    );
  } else if (typeof expected === "number") {
    if (typeof actual !== "number" || Math.abs(expected - actual) > 1e-9 * Math.max(1, Math.abs(expected)))
      out.push(`${path}: want ${expected}, got ${String(actual)}`);
  } else if (expected !== actual) {
    out.push(`${path}: want ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return out;
}
