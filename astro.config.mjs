// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionAnchors } from './src/markdown/section-anchors.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { previewCards } from './src/integrations/preview-cards.ts';
import { site } from './src/site-config.ts';

// Astro caches loaded content per project; a build of another content folder
// (KB_CONTENT_DIR, used by the benchmark and tests) gets its own cache.
const contentDir = process.env.KB_CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro-${createHash('sha1').update(contentDir).digest('hex').slice(0, 8)}` : undefined;

export default defineConfig({
  site: site.url,
  ...(cacheDir && { cacheDir }),
  base: site.base,
  trailingSlash: 'always',
  // Inline CSS: one request less before anything renders (the stylesheet is a few KB).
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    processor: satteri({ hastPlugins: [sectionAnchors, baseLinks(site.base)] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  integrations: [contentCheck(), mdx(), pagefindIndex(), previewCards()],
});
