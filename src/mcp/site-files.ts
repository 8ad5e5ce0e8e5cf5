import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A built site, as a folder (`dist`) or a URL (`https://kb.example.com/`): its root URL, with
 * a trailing slash. Pagefind's runtime loads its index with `fetch`, which in Node reads
 * http(s) but not `file:` URLs, so for a folder `fetch` learns to read files (and nothing else changes).
 */
export function openSite(site: string): URL {
  if (/^https?:\/\//i.test(site)) return new URL(site.endsWith('/') ? site : `${site}/`);
  const folder = resolve(site);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`--site ${site}: expected a built site folder (run \`npm run build\`, then pass dist) or an http(s) URL`);
  }
  readFilesThroughFetch();
  return pathToFileURL(`${folder}/`);
}

let installed = false;

function readFilesThroughFetch(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    // Pagefind asks for `pagefind-entry.json?ts=…`: the query is for HTTP caches, not for files.
    try {
      return new Response(await readFile(fileURLToPath(new URL(url.pathname, url))));
    } catch {
      return new Response(null, { status: 404, statusText: 'Not Found' });
    }
  };
}

/** One JSON file of the site, with a message naming it when it is missing. */
export async function siteJson<T>(root: URL, path: string): Promise<T> {
  const url = new URL(path, root);
  const response = await fetch(url).catch((e: Error) => {
    throw new Error(`${url.href}: ${e.message}`);
  });
  if (!response.ok) throw new Error(`${url.href}: ${response.status} (is this a site built by this project, after \`npm run build\`?)`);
  return (await response.json()) as T;
}
