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
 * SVG, so an unchanged card is never drawn twice; missing ones are drawn by
 * one worker per core. `workerFile` is `src/cards/render-worker.ts` (passed in because
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
    const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(missing.length / 50)));
    await Promise.all(
      Array.from({ length: workers }, (_, w) => {
        const jobs = missing.filter((_, i) => i % workers === w);
        return new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerFile, { workerData: { jobs, fontFiles } });
          worker.once('message', () => resolve());
          worker.once('error', reject);
        });
      }),
    );
  }
  for (const { slug, file } of withFile) copyFileSync(file, join(outDir, `${slug}.png`));
  return { total: cards.length, rendered: missing.length, ms: Math.round(performance.now() - started) };
}
