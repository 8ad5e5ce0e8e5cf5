import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Own caches: the defaults live under node_modules, which is the main project's through a symlink.
export default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });
