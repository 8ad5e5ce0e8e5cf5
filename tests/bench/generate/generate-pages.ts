import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kebab } from '../../../src/content/scaffold/propose-slug.ts';
import { page, type GeneratedPage, type Spec } from './page.ts';
import { rng } from './rng.ts';
import { CODES, vocabulary } from './vocabulary.ts';

/*
 * Synthetic error pages for scale tests, valid against the schema and the body rules and
 * deterministic per seed. Pages are shaped like real ones (frontmatter fields, three body
 * sections, steps with code blocks, ~700 words) so build cost per page is comparable; the
 * text is plausible, not true.
 */

const CATEGORIES_FILE = fileURLToPath(new URL('../../../content/categories.json', import.meta.url));

/** Writes `count` pages under `dir/errors/` and a copy of the categories; returns what it wrote. */
export function generatePages({ count, seed = 1, dir }: { count: number; seed?: number; dir: string }): GeneratedPage[] {
  const categories = Object.keys(JSON.parse(readFileSync(CATEGORIES_FILE, 'utf8')));
  const missing = categories.filter((c) => !vocabulary.flavors[c]);
  if (missing.length) throw new Error(`generate-pages: no vocabulary for categories ${missing.join(', ')}`);
  const errorsDir = join(dir, 'errors');
  mkdirSync(errorsDir, { recursive: true });
  // Refuse to mix with earlier output: stale pages would change the page count silently.
  if (readdirSync(errorsDir).length) throw new Error(`generate-pages: ${errorsDir} is not empty`);
  copyFileSync(CATEGORIES_FILE, join(dir, 'categories.json'));

  const r = rng(seed);
  const codes = new Set<string>();
  const shapes = new Set<string>();
  const specs: Spec[] = [];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length]!;
    const flavor = vocabulary.flavors[category]!;
    // A unique code gives a unique slug; a unique (template, subject, predicate, object)
    // per category keeps any two signatures at least two slots apart (no near-duplicates).
    let code = '',
      shape = '',
      tries = 0;
    let parts: [number, string, string, string] = [0, '', '', ''];
    do {
      if (++tries > 10_000) throw new Error(`generate-pages: vocabulary exhausted at page ${i}`);
      code = CODES[category]!(r);
      parts = [r.int(0, 5), r.pick(flavor.subjects), r.pick(vocabulary.predicates), r.pick(vocabulary.objects)];
      shape = `${category}|${parts.join('|')}`;
    } while (codes.has(code) || shapes.has(shape));
    codes.add(code);
    shapes.add(shape);
    const [template, subject, predicate, object] = parts;
    const tools = r.sample(flavor.tools, r.int(1, 3));
    const slug = kebab(`${flavor.prefix} ${code} ${subject}`);
    specs.push({
      slug,
      category,
      title: `${tools[0]} ${code}: ${subject} ${predicate}`,
      tool: tools[0]!,
      tools,
      code,
      subject,
      predicate,
      object,
      template,
      flavor,
    });
  }
  specs.forEach((s, i) => {
    // Same-category neighbours (categories cycle), then any other page when there are few.
    const near = [i - categories.length, i + categories.length, i + 1].filter((j) => j >= 0 && j < count && j !== i);
    const related = [...new Set(near)].slice(0, r.int(1, 3)).map((j) => specs[j]!);
    writeFileSync(join(errorsDir, `${s.slug}.mdx`), page(s, r, related));
  });
  return specs.map(({ slug, category, title }) => ({ slug, category, title }));
}
