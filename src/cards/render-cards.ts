import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardSvg, type CardData } from './card-svg.ts';
import { cardFontFiles } from './fonts.ts';

export interface CardStats {
  total: number;
  rendered: number;
  ms: number;
}

/**
 * Writes `<outDir>/<slug>.png` for every card. A PNG is cached under a hash of its
 * SVG, so an unchanged card is never drawn twice; missing ones are drawn in
 * batches, one worker per core. `workerFile` is `src/cards/render-worker.ts` (passed in because
 * Astro bundles integration code, which breaks `import.meta.url`-relative paths).
 */
export async function renderCards(cards: readonly CardData[], outDir: string, cacheDir: string, workerFile: string): Promise<CardStats> {
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  // Keyed by the SVG itself: a change to the text or to the design redraws exactly the cards it affects.
  const withFile = cards.map((card) => {
    const svg = cardSvg(card);
    return { slug: card.slug, svg, file: join(cacheDir, `${createHash('sha1').update(svg).digest('hex')}.png`) };
  });
  const missing = withFile.filter((j) => !existsSync(j.file));
  if (missing.length) {
    const fontFiles = cardFontFiles(join(cacheDir, 'fonts'));
    // Batches of 100 per short-lived worker: resvg's image memory is only given back
    // when a worker exits (one long worker grew by ~3 MB per card), one worker per core.
    const batches = Array.from({ length: Math.ceil(missing.length / 100) }, (_, b) => missing.slice(b * 100, b * 100 + 100));
    const drawBatch = (jobs: typeof missing) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: { jobs: jobs.map(({ svg, file }) => ({ svg, file })), fontFiles } });
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
    let next = 0;
    const lane = async () => {
      while (next < batches.length) await drawBatch(batches[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), batches.length) }, lane));
  }
  for (const { slug, file } of withFile) copyFileSync(file, join(outDir, `${slug}.png`));
  return { total: cards.length, rendered: missing.length, ms: Math.round(performance.now() - started) };
}
