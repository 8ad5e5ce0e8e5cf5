/** Worker thread: draws the card SVGs it is given into PNG files with resvg. */
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { encodePng } from './encode-png.ts';

const { jobs, fontFiles } = workerData as { jobs: Array<{ svg: string; file: string }>; fontFiles: string[] };
const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' };
for (const { svg, file } of jobs) {
  const image = new Resvg(svg, { font }).render();
  writeFileSync(file, encodePng(image.pixels, image.width, image.height));
}
parentPort!.postMessage(jobs.length);
