import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";

/**
 * Microsoft's Office.js rules (eslint-plugin-office-addins, as office-addin-lint runs them in the
 * official templates): load before read, sync after load, no context.sync() in a loop, … All are
 * errors here; a deliberate exception carries a disable comment saying why.
 */
const officeAddinRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]),
);

export default tseslint.config(
  {
    ignores: ["node_modules/", "build/", "dist/", "out/", "coverage/", "test-output/", "**/*.js", "**/*.mjs"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  // The code that talks to Office.js: the add-in's Excel layer, the task pane and the custom functions.
  {
    files: ["src/excel/**/*.ts", "taskpane/**/*.{ts,tsx}", "functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinRules,
  },
);
