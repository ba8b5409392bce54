/**
 * Two projects: `unit` (fast: no browser, no build; the sources through ts-jest) and `e2e` (the
 * built CLI run as a child process, the webpack bundle, the browser preview). `npm test` runs both;
 * `npm run test:unit` is the quick loop while editing.
 */
const E2E = [
  "test/e2e/",
  "test/integration/",
  "test/forms/conclude.test.ts",
  "test/workbook/cli-workbook.test.ts",
  "test/functions/bundle.test.ts",
];
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @type {import('jest').Config} */
const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
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
