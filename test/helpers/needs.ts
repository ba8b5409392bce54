/**
 * Tests that need something outside the repository (the specification folder beside it, LibreOffice,
 * Chromium). Where it is present they run. Where it is missing they are skipped with a warning
 * naming what is missing, except under CI=true, where each becomes a failing test: a CI run never
 * passes by skipping.
 */
const underCi = () => /^(1|true)$/i.test(process.env.CI ?? "");

function missingTest(what: string, name: string): void {
  test(name, () => {
    throw new Error(`${what} is missing, and CI=true runs every test (nothing is skipped)`);
  });
}

/** `test`, or a skip with a warning (a failure under CI=true) when `available` is false. */
export function testNeeding(what: string, available: boolean): jest.It {
  if (available) return test;
  if (underCi()) return ((name: string) => missingTest(what, name)) as unknown as jest.It;
  console.warn(`SKIPPED: ${what} is not present`);
  return test.skip;
}

/** `describe`, or a skip with a warning (one failing test under CI=true) when `available` is false. */
export function describeNeeding(what: string, available: boolean): jest.Describe {
  if (available) return describe;
  if (underCi()) return ((name: string) => missingTest(what, name)) as unknown as jest.Describe;
  console.warn(`SKIPPED: ${what} is not present`);
  return describe.skip;
}
