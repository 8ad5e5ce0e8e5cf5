/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share:
 * https://docs.netlify.com/routing/headers/, https://developers.cloudflare.com/pages/configuration/headers/):
 * an unindented path pattern, then indented `Name: value` lines. `*` matches anything,
 * `:name` one path segment. Our static server applies it, so tests and benchmarks get
 * the caching and security headers a real host would send.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: Array<[name: string, value: string]>;
}

const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
      .join('.*')}$`,
  );

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: patternOf(line.trim()), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for `path` (site-relative, starting with `/`): every matching rule applies, later ones win per name. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers));
}
