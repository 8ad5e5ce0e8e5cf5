/**
 * Atom 1.0 feeds (RFC 4287) that let a team follow an error until it is fixed: one per
 * error page and one per category. Entries are the page's `history` (dated changes) plus
 * its `updated` date; every date comes from content, so builds stay byte-identical.
 */

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const day = (d: Date) => d.toISOString().slice(0, 10);

export interface AtomEntry {
  /** A permanent, unique IRI (RFC 4287 §4.2.6). */
  id: string;
  title: string;
  /** The page the entry is about. */
  url: string;
  updated: Date;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The HTML page the feed follows. */
  url: string;
  /** Where the feed itself lives (`rel="self"`). */
  feedUrl: string;
  author: string;
  entries: readonly AtomEntry[];
}

/** The feed as XML; entries newest first, the feed's `updated` the newest entry's (or 1970 without entries). */
export function atomXml(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : 1));
  const updated = entries[0]?.updated ?? new Date(0);
  const lines = entries.map(
    (e) =>
      `<entry><id>${xml(e.id)}</id><title>${xml(e.title)}</title><link rel="alternate" type="text/html" href="${xml(e.url)}"/><updated>${e.updated.toISOString()}</updated><summary>${xml(e.summary)}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xml(feed.id)}</id>
<title>${xml(feed.title)}</title>
${feed.subtitle ? `<subtitle>${xml(feed.subtitle)}</subtitle>\n` : ''}<link rel="alternate" type="text/html" href="${xml(feed.url)}"/>
<link rel="self" type="application/atom+xml" href="${xml(feed.feedUrl)}"/>
<updated>${updated.toISOString()}</updated>
<author><name>${xml(feed.author)}</name></author>
${lines.join('\n')}${lines.length ? '\n' : ''}</feed>
`;
}

export interface PageHistory {
  /** Absolute URL of the error page. */
  url: string;
  title: string;
  status: string;
  updated: Date;
  history: ReadonlyArray<{ date: Date; change: string }>;
}

/**
 * One entry per history item, and one for `updated` unless a history item has that date
 * (then it already says what changed). Entry ids are the page URL with a fragment per day
 * and position, stable as long as past history is not rewritten.
 */
export function pageEntries(page: PageHistory): AtomEntry[] {
  const entries: AtomEntry[] = page.history.map((h, i) => ({
    id: `${page.url}#history-${day(h.date)}-${page.history.length - i}`,
    title: `${page.title}: ${h.change.length > 90 ? `${h.change.slice(0, 89)}…` : h.change}`,
    url: page.url,
    updated: h.date,
    summary: h.change,
  }));
  if (!page.history.some((h) => day(h.date) === day(page.updated))) {
    entries.push({
      id: `${page.url}#updated-${day(page.updated)}`,
      title: `${page.title}: page updated`,
      url: page.url,
      updated: page.updated,
      summary: `The page was updated on ${day(page.updated)} (status: ${page.status}).`,
    });
  }
  return entries;
}
