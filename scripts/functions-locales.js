/**
 * Per-locale custom functions metadata. custom-functions-metadata writes functions.json with the
 * English descriptions of the JSDoc; Excel shows another language only from a second metadata file
 * the manifest names with <bt:Override Locale=…>. This derives functions.kk.json and
 * functions.ru.json from functions.json plus the translation catalogue functions/i18n/*.json
 * (one file per functions file is fine; "$common" holds parameter descriptions shared by many
 * functions). Ids and names stay as they are, so a formula typed in any language keeps working.
 *
 * Used by webpack.config.js (FunctionsLocalesPlugin) and from the command line:
 *   node scripts/functions-locales.js dist/functions.json   → dist/functions.kk.json, dist/functions.ru.json
 */
const fs = require("fs");
const path = require("path");

const LOCALES = ["kk", "ru"];
const CATALOGUE_DIR = path.join(__dirname, "..", "functions", "i18n");

/** Merges every functions/i18n/*.json into one catalogue { $common, FUNCTION_ID: { kk, ru } }. */
function loadCatalogue(dir = CATALOGUE_DIR) {
  const catalogue = { $common: { kk: {}, ru: {} } };
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const [key, value] of Object.entries(part)) {
      if (key === "$common") {
        for (const lang of LOCALES) Object.assign(catalogue.$common[lang], value[lang] || {});
      } else {
        if (catalogue[key]) throw new Error(`functions/i18n: ${key} is translated in more than one file`);
        catalogue[key] = value;
      }
    }
  }
  return catalogue;
}

/**
 * The metadata in one language, and the list of descriptions the catalogue lacks (those keep the
 * English text, so a new function never breaks the build; the metadata test reports them).
 */
function localizeMetadata(metadata, catalogue, lang) {
  const missing = [];
  const common = (catalogue.$common && catalogue.$common[lang]) || {};
  const functions = metadata.functions.map((fn) => {
    const entry = (catalogue[fn.id] && catalogue[fn.id][lang]) || null;
    if (!entry || !entry.description) missing.push(`${fn.id} (${lang})`);
    const parameters = (fn.parameters || []).map((p) => {
      const own = entry && entry.parameters && entry.parameters[p.name];
      const text = own || common[p.name];
      if (!text) missing.push(`${fn.id}.${p.name} (${lang})`);
      return { ...p, description: text || p.description };
    });
    return { ...fn, description: (entry && entry.description) || fn.description, parameters };
  });
  return { metadata: { ...metadata, functions }, missing };
}

function localeFileName(metadataFile, lang) {
  return metadataFile.replace(/\.json$/, `.${lang}.json`);
}

/** Webpack plugin: emits functions.<lang>.json next to the metadata plugin's functions.json. */
class FunctionsLocalesPlugin {
  constructor(options = {}) {
    this.metadataFile = options.metadataFile || "functions.json";
    this.catalogueDir = options.catalogueDir || CATALOGUE_DIR;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsLocalesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsLocalesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.metadataFile);
          if (!asset) {
            compilation.errors.push(
              new WebpackError(`FunctionsLocalesPlugin: ${this.metadataFile} was not generated`),
            );
            return;
          }
          const metadata = JSON.parse(asset.source.source().toString());
          const catalogue = loadCatalogue(this.catalogueDir);
          for (const lang of LOCALES) {
            const { metadata: localized, missing } = localizeMetadata(metadata, catalogue, lang);
            if (missing.length)
              compilation.warnings.push(
                new WebpackError(`functions/i18n: no ${lang} text for ${missing.join(", ")} (English kept)`),
              );
            compilation.emitAsset(
              localeFileName(this.metadataFile, lang),
              new sources.RawSource(JSON.stringify(localized, null, 2)),
            );
          }
        },
      );
    });
  }
}

module.exports = { LOCALES, loadCatalogue, localizeMetadata, localeFileName, FunctionsLocalesPlugin };

if (require.main === module) {
  const file = process.argv[2] || path.join("dist", "functions.json");
  const metadata = JSON.parse(fs.readFileSync(file, "utf8"));
  const catalogue = loadCatalogue();
  let missingAll = [];
  for (const lang of LOCALES) {
    const { metadata: localized, missing } = localizeMetadata(metadata, catalogue, lang);
    fs.writeFileSync(localeFileName(file, lang), JSON.stringify(localized, null, 2));
    missingAll = missingAll.concat(missing);
  }
  if (missingAll.length) console.warn(`no translation for: ${missingAll.join(", ")} (English kept)`);
}
