import { readdirSync } from 'node:fs';

/** Slugs of the error pages in the built site (`dist/errors/<slug>/index.html`). */
export function builtErrorSlugs(dist = 'dist'): string[] {
  return readdirSync(`${dist}/errors`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
