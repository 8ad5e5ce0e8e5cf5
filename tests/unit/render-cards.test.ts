import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { startCards } from '../../src/cards/render-cards.ts';

const cards = ['a', 'b', 'c'].map((slug) => ({
  slug,
  title: `Error ${slug}`,
  category: 'Test',
  tool: 'Node.js',
  signature: `Error: ${slug} failed`,
  siteName: 'Error KB',
}));
const drawn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png')).length;

test('paused lanes draw nothing until resumed; then every card is drawn and placed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-cards-'));
  try {
    const started = startCards(cards, join(dir, 'cache'), 'src/cards/card-process.ts', 1, 0);
    started.pause();
    // A card process starts and draws a card in well under a second.
    await sleep(1500);
    assert.equal(drawn(join(dir, 'cache')), 0, 'a paused lane drew');
    started.resume();
    const stats = await started.copyTo(join(dir, 'og'));
    assert.deepEqual([stats.total, stats.rendered], [3, 3]);
    assert.deepEqual(readdirSync(join(dir, 'og')).sort(), ['a.png', 'b.png', 'c.png']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
