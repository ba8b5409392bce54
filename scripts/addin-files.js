/**
 * What the add-in build needs to know about the repository, shared by webpack.config.js and the
 * tests: which files declare custom functions, and how the manifest is moved to its production URL.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
/** The base URL every URL of manifest.xml uses in development (npm run dev-server). */
const DEV_BASE_URL = "https://localhost:3000/";

/** Every functions/*.ts with a @customfunction tag (so a new file, e.g. calendar.ts, is picked up). */
function customFunctionFiles(root = ROOT) {
  const dir = path.join(root, "functions");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f))
    .filter((f) => /@customfunction\b/.test(fs.readFileSync(f, "utf8")))
    .sort();
}

/**
 * The production base URL (OPEVAL_BASE_URL), https only, with a trailing slash. Without it a
 * production build fails: a manifest that still points to localhost would load nothing elsewhere.
 */
function productionBaseUrl(value = process.env.OPEVAL_BASE_URL) {
  if (!value)
    throw new Error(
      "OPEVAL_BASE_URL is not set: a production build needs the https:// address dist/ will be served from " +
        "(OPEVAL_BASE_URL=https://your.host/opeval/ npm run build); use npm run dev-server for localhost",
    );
  const url = value;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url))
    throw new Error(`OPEVAL_BASE_URL must be an https:// URL, got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every development URL moved under `baseUrl`. */
function manifestWithBaseUrl(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, customFunctionFiles, productionBaseUrl, manifestWithBaseUrl };
