import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoriesSchema } from '../schema/category.ts';
import { errorPageFields } from '../schema/error-page.ts';
import { defOf, describe, descriptionOf, isStrictObject, type AnySchema, type Described } from './describe-schema.ts';

/*
 * The frontmatter reference in CONTRIBUTING.md: a Markdown table generated from the
 * schema itself (rules from its definition, words from its `.meta({ description })`),
 * so it cannot drift from what the checker enforces.
 */

export const START = '<!-- schema-reference:start -->';
export const END = '<!-- schema-reference:end -->';

const root = fileURLToPath(new URL('../../', import.meta.url));

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function defaultText(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return '`[]` (none)';
  return `\`${JSON.stringify(value)}\``;
}

interface Row {
  field: string;
  schema: AnySchema;
  described: Described;
  /** Inside each item of a list: "required" means in every item. */
  nested: boolean;
}

function rowsOf(fields: Record<string, AnySchema>, prefix = ''): Row[] {
  return Object.entries(fields).flatMap(([name, schema]) => {
    const described = describe(schema);
    const field = `${prefix}${name}`;
    const own: Row = { field, schema, described, nested: prefix !== '' };
    return described.fields ? [own, ...rowsOf(described.fields, `${field}${described.itemSuffix ?? '.'}`)] : [own];
  });
}

/** Reads the real category ids (in file order) from `content/categories.json`. */
export function realCategoryIds(file = resolve(root, 'content/categories.json')): [string, ...string[]] {
  const ids = Object.keys(categoriesSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  if (!ids.length) throw new Error(`${file} defines no category`);
  return ids as [string, ...string[]];
}

/** The whole generated block, markers included. */
export function schemaReference(categoryIds: readonly [string, ...string[]] = realCategoryIds()): string {
  const page = errorPageFields(categoryIds) as unknown as AnySchema;
  const rows = rowsOf(defOf(page)['shape'] as Record<string, AnySchema>);
  const strict = isStrictObject(defOf(page)) && rows.every((r) => !r.described.fields || r.described.strict);
  const lines = [
    START,
    '<!-- Generated from src/schema/error-page.ts by `node src/cli/schema-reference.ts --write`. Do not edit by hand: `npm run check` fails when it is out of date. -->',
    '',
    '| Field | Type | Required | Default | Rules | What it holds |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ field, schema, described: d, nested }) => {
      const required = d.optional ? 'no' : nested ? 'yes, in each item' : 'yes';
      const description = descriptionOf(schema);
      return `| ${[`\`${field}\``, d.type, required, d.hasDefault ? defaultText(d.defaultValue) : '', d.rules.join('; '), description].map(cell).join(' | ')} |`;
    }),
    '',
    ...(strict ? ['Any field not in this table is refused, at the top level and inside list items alike.'] : []),
    END,
  ];
  return lines.join('\n');
}

/** `markdown` with its block replaced by `block`; throws when the markers are missing or out of order. */
export function replaceBlock(markdown: string, block: string): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`no "${START}" … "${END}" block found`);
  return markdown.slice(0, start) + block + markdown.slice(end + END.length);
}

/** The block as it stands in `markdown`, markers included, or undefined. */
export function currentBlock(markdown: string): string | undefined {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  return start === -1 || end === -1 || end < start ? undefined : markdown.slice(start, end + END.length);
}
