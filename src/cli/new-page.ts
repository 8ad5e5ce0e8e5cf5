/**
 * `npm run new -- "<error text>" [--slug s] [--category c] [--dir content]`
 *
 * Starts a page for an error: proposes a slug and a category from the existing
 * pages, warns when a page may already cover the error, and writes
 * `<dir>/errors/<slug>.mdx` as a draft (valid, marked TODO everywhere, shown by
 * `npm run dev` only). Never overwrites a file. The decisions live in
 * `src/content/scaffold/`; this file only reads and writes.
 *
 * The text may also come on standard input: `pbpaste | npm run new -- -`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, type SourceFile } from '../content/check-content.ts';
import { formatProblems } from '../content/problem.ts';
import { coveredMessage } from '../content/scaffold/covering-pages.ts';
import { existingPages } from '../content/scaffold/existing-pages.ts';
import { scaffold } from '../content/scaffold/scaffold.ts';
import { slugFromPath } from '../content/slug.ts';
import { buildSettings, site } from '../site-config.ts';

const usage = `Usage: npm run new -- "<error text>" [--slug <slug>] [--category <id>] [--dir <content dir>]
       some-command 2>&1 | npm run new -- -      (text from standard input)

Writes <dir>/errors/<slug>.mdx as a draft page (draft: true) for the error.
  --slug       the page's slug (default: proposed from the error text)
  --category   a key of <dir>/categories.json (default: proposed from similar pages)
  --dir        the content folder (default: $KB_CONTENT_DIR or content)`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      category: { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(`${(e as Error).message}\n\n${usage}`, 2);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}

let text = args.positionals.join(' ');
if (text === '-' || (!text && !process.stdin.isTTY)) text = readFileSync(0, 'utf8');
if (!text.trim()) fail(`No error text given.\n\n${usage}`, 2);

const root = process.cwd();
const dir = resolve(root, args.values.dir ?? buildSettings.contentDir);
/** Paths as shown to the writer: relative to where the command runs when inside it. */
const shown = (abs: string) => {
  const rel = relative(root, abs);
  return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
};
const read = (abs: string): SourceFile => ({ path: shown(abs), source: readFileSync(abs, 'utf8') });

const errorsDir = join(dir, 'errors');
let categoriesFile: SourceFile;
try {
  categoriesFile = read(join(dir, 'categories.json'));
} catch {
  fail(`Cannot read ${shown(join(dir, 'categories.json'))}: is --dir the content folder (the one holding categories.json and errors/)?`);
}
let pageFiles: SourceFile[] = [];
try {
  pageFiles = readdirSync(errorsDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/i.test(d.name))
    .map((d) => read(join(d.parentPath, d.name)));
} catch {
  // No errors/ folder yet: the first page creates it.
}

const { categories, pages, problems } = checkContent(categoriesFile, pageFiles);
if (!Object.keys(categories).length)
  fail(
    formatProblems(
      problems.length ? problems : [{ file: categoriesFile.path, field: '(file)', expected: 'at least one category', found: 'none' }],
    ),
  );
if (problems.length)
  console.warn(
    `Note: ${problems.length} existing content problem${problems.length === 1 ? '' : 's'}; pages with problems are ignored for the proposals below (run \`npm run check:content\`).\n`,
  );

const existing = existingPages(pages);

let result: ReturnType<typeof scaffold>;
try {
  result = scaffold({
    text,
    pages: existing,
    categories,
    takenSlugs: new Set(pageFiles.map((f) => slugFromPath(f.path))),
    slug: args.values.slug,
    category: args.values.category,
    today: new Date().toISOString().slice(0, 10),
  });
} catch (e) {
  fail((e as Error).message);
}

const base = `/${site.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

for (const c of result.covering.slice(0, 3)) {
  console.warn(coveredMessage(c, base));
  console.warn(
    `  ${Math.round(c.similarity * 100)}% of identifying terms shared with: ${JSON.stringify(c.wording.length > 100 ? `${c.wording.slice(0, 97)}…` : c.wording)}`,
  );
}
if (result.covering.length) {
  console.warn(
    "  If it is the same error in other words (another version, another client), add your text to that page's `variants` instead of creating a page.\n",
  );
}

const file = join(errorsDir, `${result.slug}.mdx`);
try {
  mkdirSync(errorsDir, { recursive: true });
  writeFileSync(file, result.source, { flag: 'wx' }); // wx: never overwrite
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  fail(
    err.code === 'EEXIST'
      ? `${shown(file)} already exists: not overwritten. Choose another --slug.`
      : `Cannot write ${shown(file)}: ${err.message}`,
  );
}

const others = result.categoryScores.filter((s) => s.category !== result.category && s.score > 0).slice(0, 2);
console.log(`Created ${shown(file)} (draft: shown by \`npm run dev\` only, never published)`);
console.log(`  slug      ${result.slug}${args.values.slug ? '' : ' (proposed; rename the file or use --slug to change it)'}`);
console.log(
  `  category  ${result.category}${result.categoryProposed ? ` (proposed${others.length ? `; next closest: ${others.map((s) => s.category).join(', ')}` : ''}; edit \`category\` to change it)` : ''}`,
);
console.log(`  dev URL   http://localhost:4321${base}errors/${result.slug}/ (after \`npm run dev\`)`);
if (result.personalData.length) {
  console.warn(
    `\nThe signature keeps your text as given, and it seems to contain ${result.personalData.join(', ')}: replace those parts before publishing.`,
  );
}
console.log('\nNext: replace every TODO (CONTRIBUTING.md explains each field), remove `draft: true`, then run `npm run check`.');
