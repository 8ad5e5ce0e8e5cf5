/**
 * `node tests/bench/generate-pages.ts --pages N --out DIR [--seed S]`: writes `DIR/categories.json`
 * (a copy of the real one) and `DIR/errors/*.mdx` (`tests/bench/generate/`), then checks that no
 * two signatures are near-duplicates. Build them with `KB_CONTENT_DIR=DIR`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '../../src/content/frontmatter.ts';
import { nearDuplicates } from '../../src/lib/near-duplicates.ts';
import { generatePages } from './generate/generate-pages.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.out) throw new Error('usage: node tests/bench/generate-pages.ts --pages N --out DIR [--seed S]');
const started = performance.now();
const pages = generatePages({ count: Number(values.pages), seed: Number(values.seed), dir: values.out });
// Read back as the build reads them, so the check sees what the build will.
const errorsDir = join(values.out, 'errors');
const signatures = readdirSync(errorsDir).map((f) => ({
  id: f,
  signature: (parseFrontmatter(readFileSync(join(errorsDir, f), 'utf8')).data as { signature: string }).signature,
}));
const dupes = nearDuplicates(signatures);
console.log(
  `generated ${pages.length} pages in ${values.out} in ${Math.round(performance.now() - started)} ms; near-duplicate signatures: ${dupes.length}`,
);
if (dupes.length) process.exit(1);
