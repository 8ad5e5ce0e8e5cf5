import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { renderCards } from '../cards/render-cards.ts';
import { checkContent } from '../content/check-content.ts';
import { readContent } from '../content/read-content.ts';
import { site } from '../site-config.ts';

/** Draws a 1200×630 preview card per published error page into `<out>/og/<slug>.png`. */
export function previewCards(): AstroIntegration {
  let root = '';
  return {
    name: 'error-kb:preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { categoriesFile, pageFiles } = readContent(root);
        const { categories, pages } = checkContent(categoriesFile, pageFiles);
        const cards = pages
          .filter((p) => !p.data.draft)
          .map((p) => ({
            slug: p.slug,
            title: p.data.title,
            category: categories[p.data.category]?.title ?? p.data.category,
            tool: p.data.tools[0]!,
            signature: p.data.signature,
            siteName: site.name,
          }));
        const stats = await renderCards(
          cards,
          fileURLToPath(new URL('og/', dir)),
          `${root}/node_modules/.cache/error-kb-cards`,
          `${root}/src/cards/render-worker.ts`,
        );
        logger.info(`${stats.total} preview cards (${stats.rendered} drawn, ${stats.total - stats.rendered} cached) in ${stats.ms} ms`);
      },
    },
  };
}
