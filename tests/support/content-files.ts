import type { SourceFile } from '../../src/content/check-content.ts';

/*
 * Content files written in a test, for the content check (`checkContent`): a categories file
 * and error pages from their frontmatter fields.
 */

/** `content/categories.json` with these categories (id → title). */
export const categoriesFile = (titles: Record<string, string>): SourceFile => ({
  path: 'content/categories.json',
  source: JSON.stringify(Object.fromEntries(Object.entries(titles).map(([id, title]) => [id, { title, description: `${title} errors.` }]))),
});

/** The smallest body the content check accepts: the required sections, three steps. */
export const minimalBody = `
## What this error means

Text.

## Why it happens

1. **Cause.** Text.

## Troubleshooting steps

1. **Step one.** Do it.
2. **Step two.** Do it.
3. **Step three.** Do it.
`;

/**
 * A page file: frontmatter with one line per field, in the order given (a value is YAML text;
 * one starting with a line break is a block; `undefined` leaves the field out), then `body`.
 */
export function pageFile(path: string, fields: Record<string, string | undefined>, body = minimalBody): SourceFile {
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return { path, source: `---\n${yaml}\n---\n${body}` };
}
