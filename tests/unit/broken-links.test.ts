import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks } from '../support/site-check/broken-links.ts';

const files = [
  { path: 'index.html', html: '<a href="/errors/a/">A</a> <a href="/errors/a/#step-2">step</a> <a href="https://example.org/x">out</a>' },
  {
    path: 'errors/a/index.html',
    html: '<h2 id="why">Why</h2><ol><li id="step-1"></li><li id="step-2"></li></ol><a href="#why">why</a><img src="/_astro/x.png">',
  },
  { path: '_astro/x.png', html: '' },
];

test('a site whose links all resolve has no broken links', () => {
  assert.deepEqual(brokenLinks(files), []);
});

test('a link to a missing page, a missing step and a missing asset are each reported with the page', () => {
  const broken = brokenLinks([
    ...files,
    {
      path: 'errors/b/index.html',
      html: '<a href="/errors/gone/">x</a> <a href="/errors/a/#step-9">x</a> <a href="../a/#nope">x</a> <img src="/_astro/missing.png">',
    },
  ]);
  assert.deepEqual(
    broken.map((b) => `${b.page} ${b.href}`),
    [
      'errors/b/index.html /errors/gone/',
      'errors/b/index.html /errors/a/#step-9',
      'errors/b/index.html ../a/#nope',
      'errors/b/index.html /_astro/missing.png',
    ],
  );
});

test('under a base path, links must carry it', () => {
  const site = [
    { path: 'index.html', html: '<a href="/kb/errors/a/">ok</a> <a href="/errors/a/">missing base</a>' },
    { path: 'errors/a/index.html', html: '' },
  ];
  assert.deepEqual(
    brokenLinks(site, '/kb/').map((b) => b.href),
    ['/errors/a/'],
  );
});
