/**
 * Per-locale custom functions metadata. custom-functions-metadata writes functions.json with the
 * English descriptions of the JSDoc; Excel shows another language only from a second metadata file
 * the manifest names with <bt:Override Locale=…>. This derives functions.kk.json and
 * functions.ru.json from functions.json plus the translation catalogue functions/i18n/*.json
 * (one file per functions file is fine; "$common" holds parameter descriptions shared by many
 * functions, "$enums" the tooltips of @customenum choices). Ids and names stay as they are, so a formula typed in any language keeps working.
 *
 * It also writes the help page of every function in each language, help/<lang>/<ID>.html (the
 * `@helpurl` of the JSDoc names the English one; the kk/ru metadata point to their own), generated
 * from the same metadata, so a page never says something the tooltip does not.
 *
 * Used by webpack.config.js (FunctionsLocalesPlugin) and from the command line:
 *   node scripts/functions-locales.js dist/functions.json   → dist/functions.kk.json, dist/functions.ru.json
 */
const fs = require("fs");
const path = require("path");

const LOCALES = ["kk", "ru"];
const HELP_LANGS = ["en", "kk", "ru"];
/** The base URL of functions.json's helpUrl values as the JSDoc writes them (development). */
const DEV_BASE_URL = "https://localhost:3000/";
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
    const localized = { ...fn, description: (entry && entry.description) || fn.description, parameters };
    if (fn.helpUrl) localized.helpUrl = fn.helpUrl.replace(/\/help\/en\//, `/help/${lang}/`);
    return localized;
  });
  // @customenum choices: the value typed into the formula stays; the tooltip is translated.
  const enumTexts = (catalogue.$enums && catalogue.$enums[lang]) || {};
  const enums = (metadata.enums || []).map((e) => ({
    ...e,
    values: e.values.map((v) => {
      const text = enumTexts[e.id] && enumTexts[e.id][v.stringValue ?? v.numberValue];
      if (!text) missing.push(`enum ${e.id}.${v.name} (${lang})`);
      return { ...v, tooltip: text || v.tooltip };
    }),
  }));
  return { metadata: { ...metadata, functions, ...(metadata.enums ? { enums } : {}) }, missing };
}

const HELP_TEXT = {
  en: {
    title: "OPEVAL function",
    params: "Arguments",
    optional: "optional",
    range: "a range",
    other: "Other languages",
    index: "opeval help",
    intro:
      "opeval scores the operational assessment of state bodies (Kazakhstan, 2020 methodology) and writes the conclusion forms in Kazakh and Russian. The task pane inserts the input template, checks it and generates the forms; these functions compute every indicator in a cell.",
    functions: "Functions",
  },
  kk: {
    title: "OPEVAL функциясы",
    params: "Аргументтер",
    optional: "міндетті емес",
    range: "ауқым",
    other: "Басқа тілдер",
    index: "opeval анықтамасы",
    intro:
      "opeval мемлекеттік органдарды операциялық бағалауды (Қазақстан, 2020 жылғы әдістеме) есептейді және қорытынды нысандарын қазақ және орыс тілдерінде жасайды. Тапсырмалар тақтасы енгізу үлгісін қосады, оны тексереді және нысандарды жасайды; бұл функциялар әр көрсеткішті ұяшықта есептейді.",
    functions: "Функциялар",
  },
  ru: {
    title: "Функция OPEVAL",
    params: "Аргументы",
    optional: "необязательный",
    range: "диапазон",
    other: "Другие языки",
    index: "Справка opeval",
    intro:
      "opeval рассчитывает операционную оценку государственных органов (Казахстан, методика 2020 года) и составляет формы заключений на казахском и русском языках. Область задач вставляет шаблон ввода, проверяет его и формирует формы; эти функции рассчитывают каждый показатель в ячейке.",
    functions: "Функции",
  },
};
const LANG_NAMES = { en: "English", kk: "Қазақша", ru: "Русский" };

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Links to the same help page (`file`) in the other languages. */
function otherLanguages(lang, file) {
  return HELP_LANGS.filter((l) => l !== lang)
    .map((l) => `<a href="../${l}/${file}" hreflang="${l}">${LANG_NAMES[l]}</a>`)
    .join(" · ");
}

/** A help page: self-contained HTML in `lang` with its title, style and body. */
function helpHtml(lang, title, style, body) {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:"Segoe UI",sans-serif;margin:16px;line-height:1.4}${style}</style></head>
<body>
${body}
</body>
</html>
`;
}

/** The help page of one function (`fn` from the metadata in `lang`), self-contained HTML. */
function helpPage(fn, lang) {
  const t = HELP_TEXT[lang];
  const signature = `=OPEVAL.${fn.name}(${(fn.parameters || [])
    .map((p) => (p.optional ? `[${p.name}]` : p.name))
    .join("; ")})`;
  const params = (fn.parameters || [])
    .map((p) => {
      const notes = [p.optional ? t.optional : "", p.dimensionality === "matrix" ? t.range : ""].filter(
        Boolean,
      );
      return `<dt><code>${escapeHtml(p.name)}</code>${notes.length ? ` (${notes.join(", ")})` : ""}</dt><dd>${escapeHtml(p.description || "")}</dd>`;
    })
    .join("\n");
  return helpHtml(
    lang,
    `OPEVAL.${escapeHtml(fn.name)}`,
    "code{font-size:95%}dt{margin-top:8px;font-weight:600}",
    `<p>${t.title}</p>
<h1>OPEVAL.${escapeHtml(fn.name)}</h1>
<p><code>${escapeHtml(signature)}</code></p>
<p>${escapeHtml(fn.description || "")}</p>
<h2>${t.params}</h2>
<dl>
${params}
</dl>
<p>${t.other}: ${otherLanguages(lang, `${fn.id}.html`)}</p>`,
  );
}

/**
 * The add-in's help page in `lang` (help/<lang>/index.html): what opeval is and every function with
 * its description. The manifest's SupportUrl and LearnMoreUrl point here.
 */
function helpIndexPage(functions, lang) {
  const t = HELP_TEXT[lang];
  const items = functions
    .map(
      (fn) =>
        `<dt><a href="${escapeHtml(fn.id)}.html">OPEVAL.${escapeHtml(fn.name)}</a></dt><dd>${escapeHtml(fn.description || "")}</dd>`,
    )
    .join("\n");
  return helpHtml(
    lang,
    t.index,
    "dt{margin-top:8px;font-weight:600}",
    `<h1>${t.index}</h1>
<p>${escapeHtml(t.intro)}</p>
<h2>${t.functions}</h2>
<dl>
${items}
</dl>
<p>${t.other}: ${otherLanguages(lang, "index.html")}</p>`,
  );
}

/** Every help page: [path under dist/, html], from the English metadata and the catalogue. */
function helpPages(metadata, catalogue = loadCatalogue()) {
  const pages = [];
  for (const lang of HELP_LANGS) {
    const m = lang === "en" ? metadata : localizeMetadata(metadata, catalogue, lang).metadata;
    for (const fn of m.functions) pages.push([`help/${lang}/${fn.id}.html`, helpPage(fn, lang)]);
    pages.push([`help/${lang}/index.html`, helpIndexPage(m.functions, lang)]);
  }
  return pages;
}

/** The metadata with every helpUrl moved from the development base URL to `baseUrl`. */
function withBaseUrl(metadata, baseUrl) {
  if (!baseUrl || baseUrl === DEV_BASE_URL) return metadata;
  return {
    ...metadata,
    functions: metadata.functions.map((fn) =>
      fn.helpUrl ? { ...fn, helpUrl: fn.helpUrl.split(DEV_BASE_URL).join(baseUrl) } : fn,
    ),
  };
}

function localeFileName(metadataFile, lang) {
  return metadataFile.replace(/\.json$/, `.${lang}.json`);
}

/** Webpack plugin: emits functions.<lang>.json next to the metadata plugin's functions.json. */
class FunctionsLocalesPlugin {
  constructor(options = {}) {
    this.metadataFile = options.metadataFile || "functions.json";
    this.catalogueDir = options.catalogueDir || CATALOGUE_DIR;
    /** Where the add-in is served (helpUrl values move there from https://localhost:3000/). */
    this.baseUrl = options.baseUrl || DEV_BASE_URL;
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
          const metadata = withBaseUrl(JSON.parse(asset.source.source().toString()), this.baseUrl);
          compilation.updateAsset(
            this.metadataFile,
            new sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
          const catalogue = loadCatalogue(this.catalogueDir);
          for (const [file, html] of helpPages(metadata, catalogue))
            compilation.emitAsset(file, new sources.RawSource(html));
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

module.exports = {
  LOCALES,
  HELP_LANGS,
  loadCatalogue,
  localizeMetadata,
  localeFileName,
  helpPage,
  helpIndexPage,
  helpPages,
  withBaseUrl,
  FunctionsLocalesPlugin,
};

if (require.main === module) {
  const file = process.argv[2] || path.join("dist", "functions.json");
  const metadata = JSON.parse(fs.readFileSync(file, "utf8"));
  const catalogue = loadCatalogue();
  let missingAll = [];
  for (const [page, html] of helpPages(metadata, catalogue)) {
    const target = path.join(path.dirname(file), page);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, html);
  }
  for (const lang of LOCALES) {
    const { metadata: localized, missing } = localizeMetadata(metadata, catalogue, lang);
    fs.writeFileSync(localeFileName(file, lang), JSON.stringify(localized, null, 2));
    missingAll = missingAll.concat(missing);
  }
  if (missingAll.length) console.warn(`no translation for: ${missingAll.join(", ")} (English kept)`);
}
