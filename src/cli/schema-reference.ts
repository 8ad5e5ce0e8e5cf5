/**
 * The frontmatter reference in CONTRIBUTING.md, generated from the zod schema
 * itself (`src/schema/error-page.ts`, built with the real categories), so it
 * cannot drift from what the checker enforces.
 *
 *   node src/cli/schema-reference.ts           print the block
 *   node src/cli/schema-reference.ts --write   replace the block in CONTRIBUTING.md
 *   node src/cli/schema-reference.ts --check   exit 1, showing the difference, when CONTRIBUTING.md is out of date
 *   (--file <path> works on another Markdown file)
 *
 * Types, required, defaults, options and limits are read from the schema objects
 * (Zod 4: `schema._zod.def`). Descriptions come from the JSDoc comments above the
 * fields in the schema's source file, and from `FALLBACK_DESCRIPTIONS` below for
 * fields without one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { categoriesSchema } from '../schema/category.ts';
import { errorPageSchema } from '../schema/error-page.ts';

export const START = '<!-- schema-reference:start -->';
export const END = '<!-- schema-reference:end -->';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaFile = fileURLToPath(new URL('../schema/error-page.ts', import.meta.url));

/** For fields the schema source gives no JSDoc comment. Wording only: every rule comes from the schema. */
const FALLBACK_DESCRIPTIONS: Record<string, string> = {
  title: 'The page heading and search result title: tool, error, and a few words on what it is about.',
  category: 'Where the page is listed; see "Choosing a category" above.',
  causes: 'Why the error happens, one sentence each.',
  quickFixes: 'The fixes that work most often, one sentence each, commands in `backticks`. Shown before the body.',
  prevention: 'How to keep it from coming back.',
  sources: 'Pages you read that back the facts on this page. Official documentation first, then issues and threads.',
  'sources[].title': 'Publisher and page title, or `owner/repo#number: title` for an issue.',
  'sources[].url': 'The address of the page you read.',
  'sources[].kind': '`official` documentation, an `issue` or pull request, a `forum` thread, or an `article`.',
  updated: 'The day you last checked the page against its sources (UTC).',
  status: '`open`: no fix yet; `workaround`: a way around it exists; `fixed`: a release fixes it (then set `fixedIn`).',
  faq: 'Questions readers ask about this error, with short answers.',
  'faq[].question': 'One question.',
  'faq[].answer': 'Its answer, a few sentences.',
};

// ---------------------------------------------------------------------------
// Reading the schema
// ---------------------------------------------------------------------------

type Def = { type: string; [key: string]: unknown };
type AnySchema = { _zod: { def: Def } };
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

interface Described {
  type: string;
  rules: string[];
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** Fields of an object, or of the objects in a list. */
  fields?: Record<string, AnySchema>;
  /** `[].` when `fields` are those of each item of a list. */
  itemSuffix?: string;
  /** An object that refuses fields it does not define (`z.strictObject`). */
  strict?: boolean;
}

const isStrictObject = (def: Def) => (def['catchall'] as AnySchema | undefined)?._zod.def.type === 'never';

const defOf = (s: AnySchema): Def => s._zod.def;

/** The message a check or schema was given (`'expected a single line'`), without "expected". */
function messageOf(def: Record<string, unknown>): string | undefined {
  const error = def['error'];
  if (typeof error !== 'function') return undefined;
  try {
    const out = (error as (issue: unknown) => unknown)({});
    const text = typeof out === 'string' ? out : (out as { message?: string } | undefined)?.message;
    return text?.replace(/^expected /, '');
  } catch {
    return undefined;
  }
}

function stringRules(checks: readonly Check[]): string[] {
  const rules: string[] = [];
  for (const check of checks) {
    const d = check._zod.def;
    switch (d.check) {
      case 'min_length':
        rules.push(d['minimum'] === 1 ? 'not empty' : `at least ${String(d['minimum'])} characters`);
        break;
      case 'max_length':
        rules.push(`at most ${String(d['maximum'])} characters`);
        break;
      case 'length_equals':
        rules.push(`exactly ${String(d['length'])} characters`);
        break;
      case 'string_format':
        if (d['format'] === 'regex') {
          const message = messageOf(d);
          const pattern = `\`${(d['pattern'] as RegExp).source}\``;
          rules.push(message ? `${message}, ${pattern}` : `matches ${pattern}`);
        }
        else rules.push(`a valid ${String(d['format'])}`);
        break;
      case 'custom': {
        const message = messageOf(d);
        if (message) rules.push(message);
        break;
      }
      // 'overwrite' (trim) and others change the value rather than restrict it.
    }
  }
  return rules;
}

function listRules(checks: readonly Check[]): string[] {
  const rules: string[] = [];
  for (const check of checks) {
    const d = check._zod.def;
    if (d.check === 'min_length') rules.push(`at least ${String(d['minimum'])} item${d['minimum'] === 1 ? '' : 's'}`);
    else if (d.check === 'max_length') rules.push(`at most ${String(d['maximum'])} items`);
    else if (d.check === 'custom') {
      const message = messageOf(d);
      if (message) rules.push(message);
    }
  }
  return rules;
}

/** What a schema accepts, in a writer's words, read from its definition. */
function describe(schema: AnySchema): Described {
  const def = defOf(schema);
  const checks = (def['checks'] as Check[] | undefined) ?? [];
  switch (def.type) {
    case 'default': {
      const inner = describe(def['innerType'] as AnySchema);
      return { ...inner, optional: true, hasDefault: true, defaultValue: def['defaultValue'] };
    }
    case 'optional':
      return { ...describe(def['innerType'] as AnySchema), optional: true };
    case 'string': {
      if (def['format'] === 'url') {
        const rules: string[] = [];
        const protocol = def['protocol'] as RegExp | undefined;
        const hostname = def['hostname'] as RegExp | undefined;
        const only = protocol && /^\^(\w+)\$$/.exec(protocol.source);
        if (protocol) rules.push(only ? `\`${only[1]}://\` only` : `protocol matches \`${protocol.source}\``);
        if (hostname) rules.push(hostname.source === z.regexes.domain.source ? 'host is a domain name' : `host matches \`${hostname.source}\``);
        return { type: 'URL', rules: [...rules, ...stringRules(checks)], optional: false, hasDefault: false };
      }
      return { type: 'text', rules: stringRules(checks), optional: false, hasDefault: false };
    }
    case 'boolean':
      return { type: '`true` or `false`', rules: [], optional: false, hasDefault: false };
    case 'number':
      return { type: 'number', rules: [], optional: false, hasDefault: false };
    case 'date':
      return { type: 'date', rules: [], optional: false, hasDefault: false };
    case 'enum': {
      const options = Object.values(def['entries'] as Record<string, string>);
      return { type: `one of ${options.map((o) => `\`${o}\``).join(', ')}`, rules: [], optional: false, hasDefault: false };
    }
    case 'literal':
      return { type: (def['values'] as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(' or '), rules: [], optional: false, hasDefault: false };
    case 'array': {
      const item = describe(def['element'] as AnySchema);
      const rules = [...listRules(checks), ...item.rules.map((r) => `each ${r}`)];
      if (item.fields) return { type: 'list of groups of fields (below)', rules: listRules(checks), optional: false, hasDefault: false, fields: item.fields, itemSuffix: '[].', strict: item.strict ?? false };
      return { type: `list of ${item.type}`, rules, optional: false, hasDefault: false };
    }
    case 'object':
      return { type: 'group of fields (below)', rules: [], optional: false, hasDefault: false, fields: def['shape'] as Record<string, AnySchema>, strict: isStrictObject(def) };
    case 'union': {
      const options = (def['options'] as AnySchema[]).map((o) => defOf(o).type);
      // dateField: a YAML date or a string, both checked as a calendar date.
      if (options.includes('date') && options.includes('string')) {
        const message = messageOf(def);
        const format = message && /written as (\S+)/.exec(message)?.[1];
        return { type: `date${format ? ` \`${format}\`` : ''}`, rules: [], optional: false, hasDefault: false };
      }
      return { type: (def['options'] as AnySchema[]).map((o) => describe(o).type).join(' or '), rules: [], optional: false, hasDefault: false };
    }
    case 'pipe': {
      const described = describe(def['in'] as AnySchema);
      // A transform cannot be read, only tried: does the date field refuse a day that does not exist?
      if (described.type.startsWith('date') && !(schema as unknown as z.ZodType).safeParse('2026-02-31').success && (schema as unknown as z.ZodType).safeParse('2026-02-28').success) {
        return { ...described, rules: [...described.rules, 'a real day (`2026-02-31` is refused)'] };
      }
      return described;
    }
    default:
      return { type: def.type, rules: [], optional: false, hasDefault: false };
  }
}

/** The inner object of the page schema, whether or not a refinement wraps it. */
function objectOf(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    if (def.type === 'object') return current;
    const inner = (def['in'] ?? def['innerType'] ?? def['schema']) as AnySchema | undefined;
    if (!inner) break;
    current = inner;
  }
  throw new Error(`expected the page schema to be an object, found ${defOf(schema).type}`);
}

// ---------------------------------------------------------------------------
// Descriptions from the schema's JSDoc
// ---------------------------------------------------------------------------

/** `/** text *\/ name:` pairs in a piece of source, JSDoc joined to one line, "Default: …" dropped (the table shows it). */
function jsdocFields(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\s*:/g)) {
    const text = m[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .join(' ')
      .replace(/\s*Default: [^.]*\./g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) docs.set(m[2]!, text);
  }
  return docs;
}

/** JSDoc of the page's fields and of each source's fields, from `src/schema/error-page.ts`. */
function schemaDocs(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  const sourceStart = source.indexOf('sourceSchema = ');
  const sourceEnd = sourceStart === -1 ? -1 : source.indexOf('});', sourceStart);
  if (sourceStart !== -1 && sourceEnd !== -1) {
    for (const [k, v] of jsdocFields(source.slice(sourceStart, sourceEnd))) docs.set(`sources[].${k}`, v);
  }
  const pageStart = source.indexOf('function errorPageSchema');
  for (const [k, v] of jsdocFields(pageStart === -1 ? source : source.slice(pageStart))) docs.set(k, v);
  return docs;
}

// ---------------------------------------------------------------------------
// The Markdown block
// ---------------------------------------------------------------------------

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function defaultText(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return '`[]` (none)';
  return `\`${JSON.stringify(value)}\``;
}

interface Row {
  field: string;
  described: Described;
  /** Inside each item of a list: "required" means in every item. */
  nested: boolean;
}

function rowsOf(fields: Record<string, AnySchema>, prefix = ''): Row[] {
  return Object.entries(fields).flatMap(([name, schema]) => {
    const described = describe(schema);
    const field = `${prefix}${name}`;
    const own: Row = { field, described, nested: prefix !== '' };
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
export function schemaReference(categoryIds: readonly [string, ...string[]] = realCategoryIds(), schemaSource = readFileSync(schemaFile, 'utf8')): string {
  const page = objectOf(errorPageSchema(categoryIds) as unknown as AnySchema);
  const docs = schemaDocs(schemaSource);
  const rows = rowsOf(defOf(page)['shape'] as Record<string, AnySchema>);
  const strict = isStrictObject(defOf(page)) && rows.every((r) => !r.described.fields || r.described.strict);
  const lines = [
    START,
    '<!-- Generated from src/schema/error-page.ts by `node src/cli/schema-reference.ts --write`. Do not edit by hand: `npm run check` fails when it is out of date. -->',
    '',
    '| Field | Type | Required | Default | Rules | What it holds |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ field, described: d, nested }) => {
      const required = d.optional ? 'no' : nested ? 'yes, in each item' : 'yes';
      const description = docs.get(field) ?? FALLBACK_DESCRIPTIONS[field] ?? '';
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

/** A line diff (`-` in the file, `+` from the schema), enough to see what changed in a small table. */
export function lineDiff(actual: string, expected: string): string {
  const a = actual.split('\n');
  const b = expected.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  return out.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { write: { type: 'boolean' }, check: { type: 'boolean' }, file: { type: 'string' } } });
  const file = resolve(values.file ?? resolve(root, 'CONTRIBUTING.md'));
  const block = schemaReference();
  if (!values.write && !values.check) {
    console.log(block);
    return;
  }
  let markdown: string;
  try {
    markdown = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`Cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  const current = currentBlock(markdown);
  if (current === undefined) {
    console.error(`${file} has no "${START}" … "${END}" block: add the two markers where the frontmatter reference goes, then run with --write.`);
    process.exit(1);
  }
  if (values.check) {
    if (current === block) {
      console.log('frontmatter reference up to date');
      return;
    }
    console.error(`${file}: the frontmatter reference differs from what src/schema/error-page.ts gives (- in the file, + from the schema):\n\n${lineDiff(current, block)}\n\nRun \`node src/cli/schema-reference.ts --write\` to update it.`);
    process.exit(1);
  }
  if (current !== block) writeFileSync(file, replaceBlock(markdown, block));
  console.log(current === block ? 'frontmatter reference already up to date' : `updated the frontmatter reference in ${file}`);
}

const isMain = (import.meta as { main?: boolean }).main ?? (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url));
if (isMain) main();
