import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomXml, pageEntries } from '../../src/lib/atom-feed.ts';

const page = {
  url: 'https://kb.example.org/errors/npm-eresolve/',
  title: 'npm ERR! code ERESOLVE <peer> & "deps"',
  status: 'workaround',
  updated: new Date('2026-11-27T00:00:00Z'),
  history: [
    { date: new Date('2026-11-27T00:00:00Z'), change: 'npm 10.6 prints `npm error` instead of `npm ERR!`.' },
    { date: new Date('2026-03-02T00:00:00Z'), change: 'Page written.' },
  ],
};

test('history items become entries; `updated` adds one only when no item has its date', () => {
  assert.deepEqual(
    pageEntries(page).map((e) => [e.id, e.updated.toISOString().slice(0, 10)]),
    [
      ['https://kb.example.org/errors/npm-eresolve/#history-2026-11-27-2', '2026-11-27'],
      ['https://kb.example.org/errors/npm-eresolve/#history-2026-03-02-1', '2026-03-02'],
    ],
  );
  const later = pageEntries({ ...page, updated: new Date('2026-11-29T00:00:00Z') });
  assert.equal(later.length, 3);
  assert.equal(later[2]!.id, 'https://kb.example.org/errors/npm-eresolve/#updated-2026-11-29');
  assert.equal(pageEntries({ ...page, history: [] }).length, 1, 'a page without history still has its update');
});

test('the feed has the required Atom elements, escapes text and sorts newest first', () => {
  const feed = atomXml({
    id: `${page.url}feed.atom`,
    title: page.title,
    url: page.url,
    feedUrl: `${page.url}feed.atom`,
    author: 'Error KB',
    entries: pageEntries({ ...page, updated: new Date('2026-11-29T00:00:00Z') }),
  });
  assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  for (const el of ['id', 'title', 'updated', 'author']) assert.match(feed, new RegExp(`<feed[^]*?<${el}>`), `feed <${el}>`);
  assert.match(
    feed,
    /<link rel="self" type="application\/atom\+xml" href="https:\/\/kb\.example\.org\/errors\/npm-eresolve\/feed\.atom"\/>/,
  );
  assert.match(feed, /<title>npm ERR! code ERESOLVE &lt;peer&gt; &amp; &quot;deps&quot;<\/title>/);
  assert.doesNotMatch(feed, /<peer>/);
  assert.match(feed, /<updated>2026-11-29T00:00:00\.000Z<\/updated>\n<author>/, 'the feed is as new as its newest entry');
  const entryDates = [...feed.matchAll(/<entry>.*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
  assert.deepEqual(entryDates, ['2026-11-29T00:00:00.000Z', '2026-11-27T00:00:00.000Z', '2026-03-02T00:00:00.000Z']);
  assert.equal((feed.match(/<entry>/g) ?? []).length, (feed.match(/<\/entry>/g) ?? []).length);
});
