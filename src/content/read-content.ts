import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { SourceFile } from './check-content.ts';

/**
 * Where content lives, relative to the project root: `content/` unless
 * `KB_CONTENT_DIR` points elsewhere (the benchmark builds generated pages that way).
 */
const contentDir = (process.env.KB_CONTENT_DIR ?? 'content').replace(/\/$/, '');
export const contentPaths = { categories: `${contentDir}/categories.json`, errors: `${contentDir}/errors` } as const;

/** Reads `content/categories.json` and every `content/errors/**\/*.md(x)` file under `root`. */
export function readContent(root: string): { categoriesFile: SourceFile; pageFiles: SourceFile[] } {
  // Messages show paths relative to the project when the content is inside it.
  const shown = (abs: string) => {
    const rel = relative(root, abs);
    return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
  };
  const read = (path: string): SourceFile => ({ path: shown(resolve(root, path)), source: readFileSync(resolve(root, path), 'utf8') });
  const pageFiles = readdirSync(resolve(root, contentPaths.errors), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/i.test(d.name))
    .map((d) => read(join(d.parentPath, d.name)));
  let categoriesFile: SourceFile;
  try {
    categoriesFile = read(contentPaths.categories);
  } catch {
    categoriesFile = { path: contentPaths.categories, source: '' };
  }
  return { categoriesFile, pageFiles };
}
