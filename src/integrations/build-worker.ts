import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteData } from '../build-data/site-data.ts';
import { shareSiteData } from '../build-data/shared-site-data.ts';
import type { BuildWorkerJob, BuildWorkerMessage } from '../build-data/worker.ts';
import type { ContentCheck } from '../content/check-content.ts';
import { isPublished, listOrder } from '../content/published.ts';
import { errorFeedFile } from '../lib/feed-urls.ts';
import { errorTwinFile } from '../lib/urls.ts';
import { LLMS_FULL_FILE } from '../page-files/page-files.ts';
import { buildSettings } from '../site-config.ts';

/**
 * The build's second thread. Astro renders pages one at a time on one thread, which also runs
 * every `getStaticPaths`; a worker (`src/build-data/worker.ts`), started once Astro has emptied the
 * output folder and while Vite bundles (`astro:build:setup`), takes from the content check's
 * result (`content`) what needs no Astro: the site data the pages read (related errors, "Copy as
 * prompt" texts, the site's term statistics, the index tag), handed to them through
 * `shareSiteData`, then the files beside each page's HTML (twins, feed) and `llms-full.txt`, which
 * Astro rendered as routes at ~1 ms of its own overhead each (README, "Scale"). The dev server
 * serves those files through injected routes.
 */
export function buildWorker(content: () => ContentCheck): AstroIntegration {
  let root = '';
  let job: Pick<BuildWorkerJob, 'outDir' | 'site'> | undefined;
  let written: Promise<{ files: number; ms: number }> | undefined;
  const start = () => {
    const started = performance.now();
    const { categories, pages } = content();
    const workerData: BuildWorkerJob = {
      ...job!,
      pages: pages
        .filter(isPublished)
        .sort(listOrder)
        .map((p) => ({ slug: p.slug, data: p.data, body: p.body })),
      categories,
      shard: buildSettings.shard,
    };
    // Astro bundles integration code, so the worker's path comes from the project root (as the cards').
    const worker = new Worker(`${root}/src/build-data/worker.ts`, { workerData });
    const failed = new Promise<never>((_, reject) => worker.once('error', reject));
    const data = Promise.race([
      failed,
      new Promise<SiteData>((resolve) => worker.on('message', (m: BuildWorkerMessage) => 'data' in m && resolve(m.data))),
    ]);
    written = Promise.race([
      failed,
      new Promise<{ files: number; ms: number }>((resolve) =>
        worker.on('message', (m: BuildWorkerMessage) => 'written' in m && resolve({ files: m.written, ms: performance.now() - started })),
      ),
    ]);
    // Reported where awaited: by the pages (data) and in astro:build:done (files).
    for (const p of [data, written]) p.catch(() => {});
    shareSiteData(data);
  };
  return {
    name: 'error-kb:build-worker',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command !== 'dev') return;
        const pageFile = new URL('src/page-files/dev-routes/page-file.ts', config.root);
        for (const file of [errorTwinFile('[slug]', 'md'), errorTwinFile('[slug]', 'json'), errorFeedFile('[slug]')])
          injectRoute({ pattern: `/${file}`, entrypoint: pageFile });
        injectRoute({ pattern: `/${LLMS_FULL_FILE}`, entrypoint: new URL('src/page-files/dev-routes/llms-full.ts', config.root) });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        job = { outDir: fileURLToPath(config.outDir), site: { url: config.site!, base: config.base } };
      },
      'astro:build:setup': () => {
        if (!written) start();
      },
      'astro:build:done': async ({ logger }) => {
        if (!written) return;
        const waiting = performance.now();
        const { files, ms } = await written;
        // "in N ms" is the wait after the pages were written (what the build pays); the worker began before bundling.
        logger.info(
          `${files} files beside the pages (written over ${Math.round(ms / 1000)} s) in ${Math.round(performance.now() - waiting)} ms`,
        );
      },
    },
  };
}
