import { atomXml, pageEntries, type AtomFeed } from '../lib/atom-feed';
import { errorPath } from '../lib/urls';
import { site } from '../site-config';
import type { ErrorEntry } from './errors';

/** An error page's history as Atom entries, with absolute URLs on `origin` (Astro's `site`). */
export function entriesOf(entry: ErrorEntry, origin: URL | undefined) {
  return pageEntries({
    url: new URL(errorPath(entry.id), origin).href,
    title: entry.data.title,
    status: entry.data.status,
    updated: entry.data.updated,
    history: entry.data.history,
  });
}

export function atomResponse(feed: Omit<AtomFeed, 'author'>): Response {
  return new Response(atomXml({ ...feed, author: site.name }), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
