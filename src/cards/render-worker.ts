/** Worker thread: draws the card SVGs it is given into PNG files with resvg. */
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { jobs, fontFiles } = workerData as { jobs: Array<{ svg: string; file: string }>; fontFiles: string[] };
const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' };
for (const { svg, file } of jobs) writeFileSync(file, new Resvg(svg, { font }).render().asPng());
parentPort!.postMessage(jobs.length);
