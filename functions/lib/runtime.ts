/**
 * Outside Excel's custom functions runtime (the task pane page opened in a plain browser, a
 * preview) `CustomFunctions` does not exist, and the `CustomFunctions.associate(…)` calls the
 * metadata plugin appends to every functions file would throw while the page loads. Office.js is
 * loaded before the bundles, so when it has not defined the namespace by now it never will: a
 * stand-in that registers nothing keeps the page working.
 */
const runtime = globalThis as { CustomFunctions?: unknown };
if (runtime.CustomFunctions === undefined) runtime.CustomFunctions = { associate: () => undefined };

export {};
