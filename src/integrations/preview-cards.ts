import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startCards } from '../cards/render-cards.ts';
import type { ContentCheck } from '../content/check-content.ts';
import { buildSettings, site } from '../site-config.ts';
import { CARD_CACHE_DIR } from '../build-caches.ts';
import { isPublished } from '../content/published.ts';
import { inShard } from '../sharding/partition.ts';

/**
 * Draws a 1200×630 preview card per published error page (of the shard, in a sharded build) into `<out>/og/<slug>.png`.
 * Drawing starts with the build, in all cores but one and at the lowest CPU priority: Astro renders
 * pages on one thread, so the cards take a core that would otherwise wait, and never the rendering
 * thread's. While Astro renders the pages, they pause: even at the lowest priority, a card process
 * running on the other core cost the rendering thread seconds of waiting for a core at 10,000 pages
 * (README, "Scale"). When the pages are written, the remaining cards get every core at normal priority.
 * `content` is the content check's result.
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
      'astro:build:start': ({ setPrerenderer }) => {
        if (!buildSettings.cards) return;
        const { categories, pages } = content();
        const data = pages
          .filter((p) => isPublished(p) && inShard(p.slug, buildSettings.shard))
          .map((p) => ({
            slug: p.slug,
            title: p.data.title,
            category: categories[p.data.category]?.title ?? p.data.category,
            tool: p.data.tools[0]!,
            signature: p.data.signature,
            siteName: site.name,
          }));
        const cores = availableParallelism();
        const lanes = Math.max(1, cores - 1);
        cards = startCards(data, `${root}/${CARD_CACHE_DIR}`, `${root}/src/cards/card-process.ts`, lanes, cores - lanes);
        // Astro's own prerenderer, paused around: its setup is the last step before the pages render
        // (`setPrerenderer`, https://docs.astro.build/en/reference/integrations-reference/).
        setPrerenderer((astro) => ({
          ...astro,
          setup: async () => {
            cards?.pause();
            await astro.setup?.();
          },
        }));
      },
      'astro:build:generated': () => {
        cards?.resume();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!cards) return;
        cards.widen();
        const stats = await cards.copyTo(fileURLToPath(new URL('og/', dir)));
        // "in N ms" is the wait after the pages were written (what the build pays); drawing began with the build.
        logger.info(
          `${stats.total} preview cards (${stats.rendered} drawn over ${Math.round(stats.ms / 1000)} s, ${stats.total - stats.rendered} cached) in ${stats.waitedMs} ms`,
        );
      },
    },
  };
}
