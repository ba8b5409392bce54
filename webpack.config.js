/**
 * Builds the Excel add-in into dist/:
 *   functions.js    every functions/*.ts that declares @customfunction (registers OPEVAL.*)
 *   functions.json  metadata (custom-functions-metadata-plugin), functions.kk.json / functions.ru.json
 *   help/<lang>/<ID>.html  a help page per function in en/kk/ru (each function's helpUrl)
 *   taskpane.js + taskpane.html  the task pane page; in the shared runtime it also loads functions.js
 *   manifest.xml    with https://localhost:3000/ replaced by OPEVAL_BASE_URL (production)
 *   assets/         icons
 *   guide/<lang>.html  the analyst's guide (docs/guide/), kk and ru, with screenshots/ and guide/img/
 * `npm run build` = production; `npm run dev-server` = development with source maps on https://localhost:3000.
 * `--env functionsOnly` builds just the functions entry (fast; used by the bundle test).
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsLocalesPlugin } = require("./scripts/functions-locales");
const { guideCopyPatterns } = require("./scripts/guide-html");
const {
  DEV_BASE_URL,
  customFunctionFiles,
  manifestWithBaseUrl,
  productionBaseUrl,
} = require("./scripts/addin-files");

const DEV_PORT = 3000;

/**
 * The development server's certificate, as Microsoft's templates get it: office-addin-dev-certs
 * creates a localhost certificate and its CA, and installs the CA as trusted on first use (Excel
 * loads nothing from a server it does not trust). Only `webpack serve` asks for it; builds never do.
 */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const functionsOnly = Boolean(env.functionsOnly);
  const functionFiles = customFunctionFiles();
  const taskpaneEntry = path.join(__dirname, "taskpane", "index.tsx");
  const taskpaneHtml = path.join(__dirname, "taskpane", "taskpane.html");
  const withTaskpane = !functionsOnly && fs.existsSync(taskpaneEntry) && fs.existsSync(taskpaneHtml);
  // A production build of the add-in needs OPEVAL_BASE_URL (productionBaseUrl throws without it);
  // the functions-only bundle writes no manifest, so the test build keeps the development URL.
  const baseUrl = production && !functionsOnly ? productionBaseUrl() : DEV_BASE_URL;

  const entry = {
    // functions.ts first: it imports the rest; listing every file makes sure none is left out.
    functions: [...new Set([path.join(__dirname, "functions", "functions.ts"), ...functionFiles])],
  };
  if (withTaskpane) entry.taskpane = taskpaneEntry;

  const plugins = [
    new CustomFunctionsMetadataPlugin({ input: functionFiles, output: "functions.json" }),
    // Also the help pages (help/<lang>/<ID>.html), with every helpUrl under the served base URL.
    new FunctionsLocalesPlugin({ metadataFile: "functions.json", baseUrl }),
  ];
  if (withTaskpane)
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: taskpaneHtml,
        // Shared runtime: the custom functions are registered from the task pane's page.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
    );
  if (!functionsOnly)
    plugins.push(
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The analyst's guide (the pane's and the manifest's help link) with its pictures.
          ...guideCopyPatterns(),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestWithBaseUrl(content.toString(), baseUrl),
          },
        ],
      }),
    );

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      // Lazy chunks (the reader, engine, forms…) are fetched from the folder taskpane.js came from,
      // so from the manifest's address wherever dist/ is served.
      publicPath: "auto",
      clean: true,
    },
    // Chunks webpack splits off by itself (modules shared by lazy chunks) are named after their
    // modules, not numbered, so a chunk keeps its file name (and its bench id) from build to build.
    optimization: { chunkIds: "named" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is tsc's and eslint's job; the bundle only needs ES modules (esnext),
              // so webpack can tree-shake (CommonJS output bloats the task pane many times over).
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devServerHttpsOptions() : undefined },
      static: { directory: path.join(__dirname, "dist") },
    },
  };
};
