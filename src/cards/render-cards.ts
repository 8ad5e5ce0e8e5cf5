import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_DESIGN_VERSION, cardLayout, type CardData } from './card-layout.ts';
import { cardFontFiles } from './fonts.ts';
import { linkOrCopy } from '../link-or-copy.ts';

export interface CardStats {
  total: number;
  rendered: number;
  /** Since drawing started. */
  ms: number;
  /** Spent in `copyTo`, waiting for drawing still under way, plus linking or copying (`linkOrCopy`). */
  waitedMs: number;
}

/** Cards sent to a process at a time: small enough that a lane finishes soon after the queue empties. */
const BATCH = 25;

/**
 * Starts drawing the cards that are not yet in `cacheDir` (a PNG is cached under a hash
 * of its layout and the design version, so an unchanged card is never drawn twice), in `lanes` child
 * processes at the lowest CPU priority, and returns at once, so drawing takes what CPU the build leaves idle.
 * `moreLanes` processes at normal priority start too but draw only after `widen()` (when that other work is
 * done): a process forked later, from a build grown to gigabytes, counts as that much more memory until it
 * has started. `pause()` holds every lane after the batch it is drawing, until `resume()` or `widen()`.
 * `copyTo(outDir)` waits, then puts `<outDir>/<slug>.png` (`linkOrCopy`). `processFile` is
 * `src/cards/card-process.ts` (passed in because Astro bundles integration code, which breaks
 * `import.meta.url`-relative paths).
 */
export function startCards(cards: readonly CardData[], cacheDir: string, processFile: string, lanes: number, moreLanes: number) {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  // Keyed by what the drawing reads: a change to the text or to the design redraws exactly the cards it affects.
  const withFile = cards.map((card) => {
    const layout = cardLayout(card);
    const key = createHash('sha1')
      .update(JSON.stringify([CARD_DESIGN_VERSION, layout]))
      .digest('hex');
    return { slug: card.slug, layout, file: join(cacheDir, `${key}.png`) };
  });
  const missing = withFile.filter((j) => !existsSync(j.file));
  const fontFiles = missing.length ? cardFontFiles(join(cacheDir, 'fonts')) : [];
  const batches = Array.from({ length: Math.ceil(missing.length / BATCH) }, (_, b) => missing.slice(b * BATCH, (b + 1) * BATCH));
  let next = 0;
  let widen = () => {};
  const widened = new Promise<void>((resolve) => (widen = resolve));
  let resume = () => {};
  let resumed = Promise.resolve();
  const pause = () => {
    resume();
    resumed = new Promise<void>((resolve) => (resume = resolve));
  };
  void widened.then(() => resume());
  // A lane is one long-lived process taking batches from the shared queue until it is empty.
  const lane = async (priority: '--low-priority' | '--normal-priority', start: Promise<void>) => {
    // In a session of its own: where the kernel shares the CPU between sessions first (Linux's autogroup),
    // drawing inside the build's session took the rendering thread's share when the machine was busy.
    const drawer = fork(processFile, [priority, ...fontFiles], { serialization: 'advanced', detached: true });
    const exited = new Promise<never>((_, reject) =>
      drawer.once('exit', (code, signal) => reject(new Error(`the card process stopped (${signal ?? `exit code ${code}`})`))),
    );
    exited.catch(() => {}); // raced below while a batch is drawn
    const draw = (jobs: typeof missing) =>
      Promise.race([
        exited,
        new Promise<void>((resolve) => {
          drawer.once('message', () => resolve());
          drawer.send(jobs.map(({ layout, file }) => ({ layout, file })));
        }),
      ]);
    // Waiting, it keeps no build alive (one that fails before widen() must still end).
    const waitFor = async (until: Promise<void>) => {
      (drawer.unref(), drawer.channel?.unref());
      await Promise.race([exited, until]);
      (drawer.ref(), drawer.channel?.ref());
    };
    try {
      await waitFor(start);
      while (next < batches.length) {
        await waitFor(resumed);
        if (next < batches.length) await draw(batches[next++]!);
      }
    } finally {
      drawer.kill();
    }
  };
  const running = Array.from({ length: Math.min(lanes + moreLanes, batches.length) }, (_, i) =>
    lane(i < lanes ? '--low-priority' : '--normal-priority', i < lanes ? Promise.resolve() : widened),
  );
  for (const l of running) l.catch(() => {}); // reported by copyTo; nobody awaits it before then

  async function copyTo(outDir: string): Promise<CardStats> {
    const waiting = performance.now();
    await Promise.all(running);
    mkdirSync(outDir, { recursive: true });
    for (const { slug, file } of withFile) linkOrCopy(file, join(outDir, `${slug}.png`));
    return {
      total: cards.length,
      rendered: missing.length,
      ms: Math.round(performance.now() - started),
      waitedMs: Math.round(performance.now() - waiting),
    };
  }
  return { pause, resume: () => resume(), widen, copyTo };
}
