/**
 * Webpack build of the browser preview: the task pane over an in-memory workbook, in one page
 * with no request to any other host (no Office.js). Output: dist/preview/.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { guideCopyPatterns } = require("./guide-html");

const root = path.resolve(__dirname, "..");

module.exports = (env = {}) => ({
  mode: env.development ? "development" : "production",
  context: root,
  entry: { preview: "./taskpane/preview/preview.tsx" },
  output: { path: path.join(root, "dist", "preview"), filename: "[name].[contenthash:8].js", clean: true },
  resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
      },
    ],
  },
  devtool: env.development ? "source-map" : false,
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ template: "./taskpane/preview/preview.html", filename: "index.html" }),
    // The pane's guide link (guide/<lang>.html) works in the preview as in the add-in.
    new CopyWebpackPlugin({ patterns: guideCopyPatterns() }),
  ],
});
