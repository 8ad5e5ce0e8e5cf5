/** A built page: its path inside the output folder and its HTML. */
export interface BuiltFile {
  /** e.g. `errors/npm-eresolve/index.html`, `sitemap.xml`. */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** `/kb/errors/x/#step-2` → file `errors/x/index.html` and fragment `step-2`, or undefined for other origins. */
function target(href: string, fromPath: string, base: string): { file: string; fragment: string } | undefined {
  const url = new URL(href, `http://site.invalid/${fromPath}`);
  if (url.origin !== 'http://site.invalid') return undefined;
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return { file: `(outside base ${base})${path}`, fragment: '' };
  path = path.slice(base.length);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return { file, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Every internal link and `#anchor` in the built site must resolve: to a file that
 * was written and, with a fragment, to an element with that id on that page.
 * `base` is the site's base path (`/` or `/kb/`).
 */
export function brokenLinks(files: readonly BuiltFile[], base = '/'): BrokenLink[] {
  const baseDir = base.replace(/^\//, '');
  const byPath = new Map(files.map((f) => [f.path, f]));
  const idsCache = new Map<string, Set<string>>();
  const ids = (path: string) => {
    let set = idsCache.get(path);
    if (!set) {
      set = new Set([...(byPath.get(path)?.html ?? '').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      idsCache.set(path, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.html')) continue;
    const html = file.html.replace(/<script[\s\S]*?<\/script>/g, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(m[1]!);
      if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
      const t = target(href, `${baseDir}${file.path}`, base);
      if (!t) continue;
      if (!byPath.has(t.file)) broken.push({ page: file.path, href, reason: `no file ${t.file}` });
      else if (t.fragment && t.file.endsWith('.html') && !ids(t.file).has(t.fragment))
        broken.push({ page: file.path, href, reason: `no element with id "${t.fragment}" on ${t.file}` });
    }
  }
  return broken;
}
