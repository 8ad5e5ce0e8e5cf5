const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedPage {
  url: string;
  title: string;
  summary: string;
  updated: Date;
}

/** https://www.sitemaps.org/protocol.html */
export function sitemapXml(pages: ReadonlyArray<{ url: string; updated?: Date | undefined }>): string {
  const urls = pages.map(
    (p) => `<url><loc>${xml(p.url)}</loc>${p.updated ? `<lastmod>${p.updated.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** RSS 2.0 (https://www.rssboard.org/rss-specification); dates from content, so builds stay byte-identical. */
export function rssXml(channel: { title: string; url: string; feedUrl: string; description: string }, items: readonly FeedPage[]): string {
  const newest = items[0]?.updated ?? new Date(0);
  const entries = items.map(
    (p) =>
      `<item><title>${xml(p.title)}</title><link>${xml(p.url)}</link><guid>${xml(p.url)}</guid><pubDate>${p.updated.toUTCString()}</pubDate><description>${xml(p.summary)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${xml(channel.title)}</title><link>${xml(channel.url)}</link><description>${xml(channel.description)}</description>
<atom:link href="${xml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
<lastBuildDate>${newest.toUTCString()}</lastBuildDate>
${entries.join('\n')}
</channel></rss>
`;
}
