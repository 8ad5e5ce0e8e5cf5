import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startCards } from '../cards/render-cards.ts';
import type { ContentCheck } from '../content/check-content.ts';
import { site } from '../site-config.ts';
import { CARD_CACHE_DIR } from '../build-caches.ts';
import { isPublished } from '../content/published.ts';

/**
 * Draws a 1200×630 preview card per published error page into `<out>/og/<slug>.png`.
 * Drawing starts with the build, in all cores but one: Astro renders pages on one
 * thread, so the cards mostly use a core that would otherwise wait. When the pages
 * are written, the remaining cards get every core. `content` is the content check's result.
 */
export function previewCards(content: () => ContentCheck): AstroIntegration {
  let root = '';
  let cards: ReturnType<typeof startCards> | undefined;
  return {
    name: 'error-kb:preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const { categories, pages } = content();
        const data = pages.filter(isPublished).map((p) => ({
          slug: p.slug,
          title: p.data.title,
          category: categories[p.data.category]?.title ?? p.data.category,
          tool: p.data.tools[0]!,
          signature: p.data.signature,
          siteName: site.name,
        }));
        const cores = availableParallelism();
        cards = startCards(data, `${root}/${CARD_CACHE_DIR}`, `${root}/src/cards/render-worker.ts`, Math.max(1, cores - 1));
      },
      'astro:build:done': async ({ dir, logger }) => {
        cards!.widen(availableParallelism());
        const stats = await cards!.copyTo(fileURLToPath(new URL('og/', dir)));
        // "in N ms" is the wait after the pages were written (what the build pays); drawing began with the build.
        logger.info(
          `${stats.total} preview cards (${stats.rendered} drawn over ${Math.round(stats.ms / 1000)} s, ${stats.total - stats.rendered} cached) in ${stats.waitedMs} ms`,
        );
      },
    },
  };
}
