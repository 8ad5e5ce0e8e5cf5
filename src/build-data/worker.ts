/**
 * The build's worker thread (`src/integrations/build-worker.ts`): first the site data the pages
 * need (`site-data.ts`), posted as soon as it is ready, then the files beside the pages' HTML and
 * `llms-full.txt` (`src/page-files/page-files.ts`), written into the output folder; then how many.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageMarkdown } from '../lib/agents/page-markdown.ts';
import { llmsFullFile, pageFiles, twinSource, type PageFile, type PagePart, type SiteAddress } from '../page-files/page-files.ts';
import type { Categories } from '../schema/category.ts';
import { inShard, type Shard } from '../sharding/partition.ts';
import { siteData, type SiteData } from './site-data.ts';

export interface BuildWorkerJob {
  outDir: string;
  site: SiteAddress;
  /** Every published page, in list order (`listOrder`). */
  pages: PagePart[];
  categories: Categories;
  shard: Shard | undefined;
}

export type BuildWorkerMessage = { data: SiteData } | { written: number };

const { outDir, site, pages, categories, shard } = workerData as BuildWorkerJob;
const own = (slug: string) => inShard(slug, shard);
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);

post({ data: siteData(pages, categories, site, own) });

const folders = new Set<string>();
let written = 0;
const write = (file: PageFile) => {
  const target = join(outDir, file.path);
  const folder = dirname(target);
  if (!folders.has(folder)) (mkdirSync(folder, { recursive: true }), folders.add(folder));
  writeFileSync(target, file.body);
  written++;
};
const markdowns = pages.map((page) => {
  const source = twinSource(page, categories[page.data.category]!.title, site);
  const markdown = pageMarkdown(source);
  if (own(page.slug)) pageFiles(source, markdown, site).forEach(write);
  return markdown;
});
write(llmsFullFile(markdowns));
post({ written });
