/**
 * Two projects: `unit` (fast: no browser, no build) and `e2e` (the built CLI run as a child process,
 * the webpack bundle, the browser preview, the reference OOXML check with one xmllint per part).
 * `npm test` runs both; `npm run test:unit` is the quick loop while editing.
 *
 * Sources are compiled by SWC (@swc/jest), which strips the types without checking them: type
 * errors are `npm run typecheck`'s (tsc, once for the whole project; `npm test` runs it first).
 * (ts-jest, which it replaces, compiled each file with TypeScript's own compiler, several times slower.)
 */
const E2E = [
  "test/e2e/",
  "test/integration/",
  "test/forms/conclude.test.ts",
  "test/workbook/cli-workbook.test.ts",
  "test/functions/bundle.test.ts",
  "test/taskpane/bundle.test.ts",
  "test/ooxml/reference-check.test.ts",
  // Signals, temporary files and exit codes of the built binary (a child process per case).
  "test/hostile/output.test.ts",
  "test/hostile/signals.test.ts",
];
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @type {import('jest').Config} */
const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2022",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "commonjs" },
      },
    ],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // Every core: jest's default (cores − 1) runs the unit tests in one worker on a 2-core machine.
  maxWorkers: "100%",
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", ...E2E.map((p) => `<rootDir>/${escape(p)}`)],
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: E2E.map((p) => (p.endsWith("/") ? `<rootDir>/${p}**/*.test.ts` : `<rootDir>/${p}`)),
    },
  ],
};
