/**
 * A tiny static server for the browser preview (dist/preview/), on localhost only. No dependency:
 * Node's http module. `startPreviewServer({ dir, port })` is used by `npm run preview` and the e2e tests.
 */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

function startPreviewServer({ dir, port = 0, host = "127.0.0.1" }) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const wanted = decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname);
    const file = path.resolve(root, "." + wanted);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

module.exports = { startPreviewServer };

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "dist", "preview");
  const port = Number(process.env.PORT ?? 8080);
  startPreviewServer({ dir, port }).then(({ url }) => {
    process.stdout.write(`opeval preview: ${url}  (Ctrl+C to stop)\n`);
  });
}
