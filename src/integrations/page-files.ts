import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentCheck } from '../content/check-content.ts';
import { isPublished } from '../content/published.ts';
import { errorFeedFile } from '../lib/feed-urls.ts';
import { errorTwinFile } from '../lib/urls.ts';
import type { PageFilesJob } from '../page-files/write-worker.ts';
import { inShard } from '../sharding/partition.ts';
import { buildSettings, site } from '../site-config.ts';

/**
 * The files beside each error page's HTML (its Markdown and JSON twins and its Atom feed,
 * `src/page-files/page-files.ts`), for the pages of this build (of its shard, in a sharded build).
 * Astro would render them as routes one at a time on the thread that renders the pages, at ~1 ms
 * each of its own overhead; a worker thread writes them from the content check's result
 * (`content`) on another core, starting once Astro has emptied the output folder (before it
 * bundles, in `astro:build:setup`). The dev server serves the same files through an injected route.
 */
export function pageFiles(content: () => ContentCheck): AstroIntegration {
  let root = '';
  let job: Omit<PageFilesJob, 'pages'> | undefined;
  let writing: Promise<{ files: number; pages: number; ms: number }> | undefined;
  const start = () => {
    const started = performance.now();
    const { categories, pages } = content();
    const own = pages
      .filter((p) => isPublished(p) && inShard(p.slug, buildSettings.shard))
      .map((p) => ({ slug: p.slug, data: p.data, body: p.body, categoryTitle: categories[p.data.category]!.title }));
    const workerData: PageFilesJob = { ...job!, pages: own };
    // Astro bundles integration code, so the worker's path comes from the project root (as the cards').
    const worker = new Worker(`${root}/src/page-files/write-worker.ts`, { workerData });
    return new Promise<{ files: number; pages: number; ms: number }>((resolve, reject) => {
      worker.once('message', (files: number) => resolve({ files, pages: own.length, ms: performance.now() - started }));
      worker.once('error', reject);
    });
  };
  return {
    name: 'error-kb:page-files',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command !== 'dev') return;
        const entrypoint = new URL('src/page-files/dev-route.ts', config.root);
        for (const file of [errorTwinFile('[slug]', 'md'), errorTwinFile('[slug]', 'json'), errorFeedFile('[slug]')])
          injectRoute({ pattern: `/${file}`, entrypoint });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        job = { outDir: fileURLToPath(config.outDir), site: { url: config.site!, base: config.base, name: site.name } };
      },
      'astro:build:setup': () => {
        writing ??= start();
        writing.catch(() => {}); // reported in astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) return;
        const waiting = performance.now();
        const { files, pages, ms } = await writing;
        // "in N ms" is the wait after the pages were written (what the build pays); writing began before bundling.
        logger.info(
          `${files} files beside ${pages} pages (written over ${Math.round(ms / 1000)} s) in ${Math.round(performance.now() - waiting)} ms`,
        );
      },
    },
  };
}
