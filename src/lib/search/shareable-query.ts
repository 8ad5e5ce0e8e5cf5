/**
 * The part of a paste that a search link carries. The search box sends its text in the link
 * (`/search/?q=…`), and servers refuse long request lines: Node's HTTP server, which `astro preview`
 * runs, answered 431 to a 40 KB link here, and hosts and proxies set limits of their own. A pasted
 * log can be far longer. A long paste keeps its start, where most tools print the error, and its
 * end, where a Python traceback prints it after the frames, and loses the middle, mostly stack
 * frames. The search then runs on what the link holds, so a shared link finds what its sender saw.
 */

/** Most a query may take in a link, encoded (`encodeURIComponent`). */
export const MAX_QUERY_BYTES = 6000;

const GAP = ' … ';

export function shareableQuery(text: string, maxBytes: number = MAX_QUERY_BYTES): string {
  const size = (s: string) => encodeURIComponent(s).length;
  if (size(text) <= maxBytes) return text;
  // By code point, so an emoji or a CJK character is never cut in half, and between words where
  // there are spaces, so no half word becomes a term of its own.
  const chars = Array.from(text);
  const head = (keep: number) =>
    chars
      .slice(0, keep)
      .join('')
      .replace(/(?<=\s)\S+$/, '');
  const tail = (keep: number) =>
    chars
      .slice(chars.length - keep)
      .join('')
      .replace(/^\S+(?=\s)/, '');
  const cut = (keep: number) => head(keep) + GAP + tail(keep);
  // The most characters from each end that fit (binary search: encoded size grows with `keep`).
  let fits = 0;
  let tooMany = Math.ceil(chars.length / 2);
  while (tooMany - fits > 1) {
    const mid = (fits + tooMany) >> 1;
    if (size(cut(mid)) <= maxBytes) fits = mid;
    else tooMany = mid;
  }
  return cut(fits);
}

/**
 * A query as a one-line search box holds it. Browsers turn a paste's line breaks into spaces there,
 * and a value set from script loses them, gluing the words around them ("NoneNotFoundError"); the
 * search reads spaces and line breaks the same way.
 */
export const asOneLine = (text: string): string => text.replace(/\r\n?|\n/g, ' ');
