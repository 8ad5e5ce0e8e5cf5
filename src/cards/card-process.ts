/**
 * A child process (`render-cards.ts` forks it): draws the cards it is sent with Skia (@napi-rs/canvas)
 * into PNG files, then says how many. Started with `--low-priority` while Astro renders: it then
 * takes the CPU the rendering thread leaves idle rather than sharing a core with it (README, "Scale").
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { renameSync, writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CARD, type CardLayout } from './card-layout.ts';
import { drawCard, FONT } from './draw-card.ts';
import { encodePng } from './encode-png.ts';

const [lowPriority, regular, bold, mono] = process.argv.slice(2);
// A build that stops, however it stops, closes the channel: no card process outlives it.
process.once('disconnect', () => process.exit());
if (lowPriority === '--low-priority') {
  // The lowest priority (nice 19), set by the process itself, so it holds where the threads of a process have their own (Linux).
  setPriority(constants.priority.PRIORITY_LOW);
  // Under Linux's autogroup a nice value weighs only within the process's session; this process has a session of
  // its own (`render-cards.ts`), whose weight against the build's is the autogroup nice value, written to
  // /proc/self/autogroup (sched(7), "The autogroup feature"). Where that fails or there is no such file, the
  // process nice value above is all there is.
  try {
    writeFileSync('/proc/self/autogroup', '19');
  } catch {}
}
GlobalFonts.registerFromPath(regular!, FONT.text);
GlobalFonts.registerFromPath(bold!, FONT.text);
GlobalFonts.registerFromPath(mono!, FONT.mono);
// One canvas for the process's life (starting one costs ~100 ms of CPU, a card ~6 ms).
const canvas = createCanvas(CARD.width, CARD.height);
const ctx = canvas.getContext('2d');

process.on('message', async (jobs: Array<{ layout: CardLayout; file: string }>) => {
  for (const { layout, file } of jobs) {
    drawCard(ctx, layout);
    // Straight RGBA, equal to Skia's premultiplied pixels here: every pixel is opaque.
    const { data } = ctx.getImageData(0, 0, CARD.width, CARD.height);
    // Written whole or not at all: the cache must never hand a cut-off card to a later build.
    writeFileSync(`${file}.part`, encodePng(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), CARD.width, CARD.height));
    renameSync(`${file}.part`, file);
    // The 3 MB of pixels are freed by a finalizer that runs only on a later turn of the event
    // loop: without this a drawer grew by 3 MB per card (to 1.3 GB at 400 cards) and every
    // read-back paid for fresh pages (~5 ms instead of ~1).
    await nextTurn();
  }
  process.send!(jobs.length);
});
