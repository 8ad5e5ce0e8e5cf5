import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardSvg, type CardData } from './card-svg.ts';
import { cardFontFiles } from './fonts.ts';

export interface CardStats {
  total: number;
  rendered: number;
  /** Since drawing started. */
  ms: number;
  /** Spent in `copyTo`, waiting for drawing still under way, plus copying. */
  waitedMs: number;
}

/** Cards per short-lived worker: resvg's image memory is only given back when a worker exits (one long worker grew by ~3 MB per card). */
const BATCH = 100;

/**
 * Starts drawing the cards that are not yet in `cacheDir` (a PNG is cached under a hash
 * of its SVG, so an unchanged card is never drawn twice), in `lanes` workers at a time,
 * and returns at once, so drawing can overlap other work. `widen(n)` allows more lanes
 * (when that other work is done); `copyTo(outDir)` waits, then writes `<outDir>/<slug>.png`.
 * `workerFile` is `src/cards/render-worker.ts` (passed in because Astro bundles integration
 * code, which breaks `import.meta.url`-relative paths).
 */
export function startCards(cards: readonly CardData[], cacheDir: string, workerFile: string, lanes: number) {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  // Keyed by the SVG itself: a change to the text or to the design redraws exactly the cards it affects.
  const withFile = cards.map((card) => {
    const svg = cardSvg(card);
    return { slug: card.slug, svg, file: join(cacheDir, `${createHash('sha1').update(svg).digest('hex')}.png`) };
  });
  const missing = withFile.filter((j) => !existsSync(j.file));
  const fontFiles = missing.length ? cardFontFiles(join(cacheDir, 'fonts')) : [];
  const batches = Array.from({ length: Math.ceil(missing.length / BATCH) }, (_, b) => missing.slice(b * BATCH, (b + 1) * BATCH));
  const drawBatch = (jobs: typeof missing) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: { jobs: jobs.map(({ svg, file }) => ({ svg, file })), fontFiles } });
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
  let next = 0;
  const running: Array<Promise<void>> = [];
  const lane = async () => {
    while (next < batches.length) await drawBatch(batches[next++]!);
  };
  const widen = (to: number) => {
    while (running.length < Math.min(to, batches.length)) {
      const l = lane();
      l.catch(() => {}); // reported by copyTo; nobody awaits it before then
      running.push(l);
    }
  };
  widen(lanes);

  async function copyTo(outDir: string): Promise<CardStats> {
    const waiting = performance.now();
    await Promise.all(running);
    mkdirSync(outDir, { recursive: true });
    for (const { slug, file } of withFile) copyFileSync(file, join(outDir, `${slug}.png`));
    return {
      total: cards.length,
      rendered: missing.length,
      ms: Math.round(performance.now() - started),
      waitedMs: Math.round(performance.now() - waiting),
    };
  }
  return { widen, copyTo };
}
