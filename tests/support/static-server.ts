import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from './host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const fileAt = (path: string): string | undefined => {
  try {
    const s = statSync(path);
    return s.isDirectory() ? fileAt(join(path, 'index.html')) : path;
  } catch {
    return undefined;
  }
};

/**
 * Serves a build folder the way a static host does: `/base/x/` → `x/index.html`,
 * unknown paths → `404.html` with status 404, the headers of the build's `_headers`
 * file, and revalidation (ETag, 304) for files it does not mark cacheable. Used by the
 * tests and benchmarks, which must not depend on (or collide with) a running `astro preview`.
 * Port 0 takes a free port (other builds and browsers run on the same machine); `url` has the real one.
 */
export function serveStatic(dir: string, port: number, base = '/'): Promise<{ url: string; server: Server }> {
  const rules = existsSync(join(dir, '_headers')) ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : undefined;
    const file = inside === undefined ? undefined : fileAt(join(dir, normalize(`/${inside}`)));
    const found = file ?? fileAt(join(dir, '404.html'));
    const type = TYPES[extname(found ?? '')] ?? 'application/octet-stream';
    // Compress text as every static host does, so measured sizes and times are realistic.
    const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const stat = found ? statSync(found) : undefined;
    const etag = stat && `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}${gzip ? '-gz' : ''}"`;
    const headers = {
      'cache-control': 'no-cache',
      ...headersFor(rules, `/${inside ?? ''}`),
      'content-type': type,
      ...(etag && { etag }),
      ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
    };
    if (file && etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(file ? 200 : 404, headers);
    if (!found) res.end('Not found');
    else if (gzip) createReadStream(found).pipe(createGzip()).pipe(res);
    else createReadStream(found).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${bound}${base}`, server });
    }),
  );
}
