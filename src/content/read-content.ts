import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildSettings } from '../site-config.ts';
import type { SourceFile } from './check-content.ts';

/**
 * Where content lives, relative to the project root: `content/` unless
 * `KB_CONTENT_DIR` points elsewhere (the benchmark builds generated pages that way).
 */
const pathsFor = (dir: string) => ({
  categories: `${dir.replace(/\/$/, '')}/categories.json`,
  tools: `${dir.replace(/\/$/, '')}/tools.json`,
  errors: `${dir.replace(/\/$/, '')}/errors`,
});
export const contentPaths = pathsFor(buildSettings.contentDir);

/** Reads `categories.json` and every `errors/**\/*.md(x)` file of the content folder (`dir`, default above) under `root`. */
export function readContent(root: string, dir?: string): { categoriesFile: SourceFile; toolsFile?: SourceFile; pageFiles: SourceFile[] } {
  const paths = dir ? pathsFor(dir) : contentPaths;
  // Messages show paths relative to the project when the content is inside it.
  const shown = (abs: string) => {
    const rel = relative(root, abs);
    return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
  };
  const read = (path: string): SourceFile => ({ path: shown(resolve(root, path)), source: readFileSync(resolve(root, path), 'utf8') });
  const pageFiles = readdirSync(resolve(root, paths.errors), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/i.test(d.name))
    .map((d) => read(join(d.parentPath, d.name)));
  let categoriesFile: SourceFile;
  try {
    categoriesFile = read(paths.categories);
  } catch {
    categoriesFile = { path: paths.categories, source: '' };
  }
  let toolsFile: SourceFile | undefined;
  try {
    toolsFile = read(paths.tools);
  } catch {
    toolsFile = undefined; // optional: without it no versions are read from pastes
  }
  return { categoriesFile, ...(toolsFile && { toolsFile }), pageFiles };
}
