import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from './frontmatter.ts';
import { slugFromPath } from './slug.ts';

/**
 * The error pages as Astro's content collection holds them: each entry says only where its file
 * is, all that `render()` needs (an MDX file is compiled as its own module, rendered on demand;
 * a Markdown file is rendered here). Frontmatter and body as written come from the content check
 * (`src/data/errors.ts`), so nothing is parsed twice: Astro's `glob()` loader read and parsed every
 * file's frontmatter into its data store, ~5 s at 10,000 pages that no page read (README, "Scale").
 * `files()` lists the files, relative to `dir`; `npm run dev` lists them again when one is added or removed.
 */
export function pageFileLoader(dir: string, files: () => string[]): Loader {
  return {
    name: 'error-kb:page-files',
    load: async ({ store, config, watcher, renderMarkdown }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, dir);
      const sync = async () => {
        const ids = new Set<string>();
        for (const file of files()) {
          const id = slugFromPath(file);
          const path = resolve(base, file);
          // As the data store wants it: relative to the project root, with `/`.
          const filePath = relative(root, path).split('\\').join('/');
          ids.add(id);
          if (/\.mdx$/i.test(file)) store.set({ id, data: {}, filePath, deferredRender: true });
          else store.set({ id, data: {}, filePath, rendered: await renderMarkdown(parseFrontmatter(readFileSync(path, 'utf8')).body) });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      watcher.add(base);
      const listed = (path: string) => path.startsWith(base) && /\.mdx?$/i.test(path);
      for (const event of ['add', 'unlink'] as const) watcher.on(event, (path) => void (listed(path) && sync()));
      // A Markdown file is rendered here; an MDX file's own module follows its edits.
      watcher.on('change', (path) => void (listed(path) && !/\.mdx$/i.test(path) && sync()));
    },
  };
}
