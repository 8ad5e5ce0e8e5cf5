// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionAnchors } from './src/markdown/section-anchors.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { previewCards } from './src/integrations/preview-cards.ts';
import { buildWorker } from './src/integrations/build-worker.ts';
import { astroCacheDir } from './src/build-caches.ts';
import { buildSettings, site } from './src/site-config.ts';

// Astro caches loaded content per project; a build of another content folder
// (KB_CONTENT_DIR, used by the benchmark and tests) or of one shard gets its own cache.
const cacheDir =
  buildSettings.otherContent || buildSettings.shard ? `./${astroCacheDir(buildSettings.contentDir, buildSettings.shard)}` : undefined;

const checkedContent = contentCheck();

export default defineConfig({
  site: site.url,
  ...(cacheDir && { cacheDir }),
  base: site.base,
  trailingSlash: 'always',
  // Inline CSS: one request less before anything renders (the stylesheet is a few KB).
  // Two pages at a time: while one waits for its MDX module to load, the other renders
  // (https://docs.astro.build/en/reference/configuration-reference/#buildconcurrency; README, "Scale").
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  markdown: {
    processor: satteri({ hastPlugins: [sectionAnchors, baseLinks(site.base)] }),
    // Prism marks tokens with classes; Shiki's inline style attributes would need a weaker CSP.
    syntaxHighlight: 'prism',
  },
  // Astro writes a CSP <meta> on every page with hashes of its inline scripts and
  // styles (https://docs.astro.build/en/reference/configuration-reference/#securitycsp).
  // Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. public/_headers adds the
  // directives a <meta> cannot carry (frame-ancestors) for hosts that read it.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    checkedContent,
    mdx(),
    buildWorker(checkedContent.checked),
    pagefindIndex(checkedContent.checked),
    previewCards(checkedContent.checked),
  ],
  vite: {
    // The search worker (src/client/search-worker.ts) loads the version verdict lazily: an ES module worker can.
    worker: { format: 'es' },
    build: {
      rollupOptions: {
        // Every MDX module starts with Astro's "use astro:head-inject" directive, and Rolldown
        // warns about it once per page (https://github.com/withastro/astro/issues/18087, harmless):
        // at 10,000 pages, 10,000 warning boxes that would drown any real warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
