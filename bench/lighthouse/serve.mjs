// Serves a folder on the loopback address only, as a static host does: gzip for text when the
// browser accepts it, Cache-Control max-age=600 (what GitHub Pages sends), the folder's 404.html
// with status 404 for a missing file, a folder's index.html for its address.
//
//   node bench/lighthouse/serve.mjs FOLDER [PORT]
//
// Prints the port it listens on (PORT 0 or none: a free one), then serves until it is stopped.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const root = path.resolve(process.argv[2] || ".");
const port = Number(process.argv[3] || 0);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
};

function send(request, response, status, file) {
  const type = TYPES[path.extname(file)] || "application/octet-stream";
  let body = fs.readFileSync(file);
  const headers = { "Content-Type": type, "Cache-Control": "max-age=600" };
  if (/\bgzip\b/.test(request.headers["accept-encoding"] || "") && !type.startsWith("application/pdf")) {
    body = zlib.gzipSync(body, { level: 6 });
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  }
  headers["Content-Length"] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

const server = http.createServer((request, response) => {
  let name;
  try {
    name = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  let file = path.join(root, name);
  if (name.endsWith("/")) {
    file = path.join(file, "index.html");
  }
  const inside = file === root || file.startsWith(root + path.sep);
  if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) {
    send(request, response, 200, file);
  } else if (fs.existsSync(path.join(root, "404.html"))) {
    send(request, response, 404, path.join(root, "404.html"));
  } else {
    response.writeHead(404).end();
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(server.address().port);
});
