// serve.mjs — a tiny static file server for the end-to-end test (127.0.0.1 only).
//   import { serve } from './serve.mjs'; const { url, close } = await serve('dist');
//   node tests/e2e/serve.mjs [DIR=dist] [PORT=0]   (PORT 0 = any free port; prints the URL)
// Serves GET/HEAD of files under DIR with the right MIME types (application/wasm lets the
// browser compile while downloading); everything else is 404/405. No directory listings,
// no paths outside DIR.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const kTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.ttf': 'font/ttf', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

export function serve(dir, { port = 0, host = '127.0.0.1', log = null } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const send = (code, msg) => { res.writeHead(code, { 'Content-Type': 'text/plain' }); res.end(msg); log?.(code, req.url); };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let path;
    try { path = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { return send(400, 'bad url'); }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
    let st;
    try { st = statSync(file); } catch { return send(404, 'not found'); }
    if (!st.isFile()) return send(404, 'not found');
    res.writeHead(200, { 'Content-Type': kTypes[extname(file)] || 'application/octet-stream',
      'Content-Length': st.size, 'Cache-Control': 'no-store' });
    log?.(200, req.url);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      ok({ url, server, close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '0'] = process.argv.slice(2);
  const { url } = await serve(dir, { port: Number(port) });
  console.log(`serving ${resolve(dir)} on ${url}`);
}
