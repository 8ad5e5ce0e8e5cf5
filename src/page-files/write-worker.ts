/** Worker thread: writes the files beside each page's HTML (`page-files.ts`) into the output folder, then says how many. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageFiles, type PagePart, type SiteAddress } from './page-files.ts';

export interface PageFilesJob {
  outDir: string;
  site: SiteAddress;
  pages: Array<PagePart & { categoryTitle: string }>;
}

const { outDir, site, pages } = workerData as PageFilesJob;
const folders = new Set<string>();
let written = 0;
for (const page of pages) {
  for (const file of pageFiles(page, page.categoryTitle, site)) {
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) (mkdirSync(folder, { recursive: true }), folders.add(folder));
    writeFileSync(target, file.body);
    written++;
  }
}
parentPort!.postMessage(written);
