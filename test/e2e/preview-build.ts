/** Builds the browser preview once (webpack Node API) into a folder of test-output/. */
import path from "node:path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../scripts/preview-webpack.config.js") as (env: object) => webpack.Configuration;

export async function buildPreview(outDir: string): Promise<webpack.StatsAsset[]> {
  const base = config({});
  const compiler = webpack({ ...base, output: { ...base.output, path: path.resolve(outDir) } });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) => (err ? reject(err) : resolve(s!))),
  );
  await new Promise<void>((r) => compiler.close(() => r()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats.toJson({ assets: true }).assets ?? [];
}
