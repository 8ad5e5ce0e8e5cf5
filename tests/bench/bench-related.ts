/**
 * `npm run bench:related [-- --pages 10000]`: times related-error scoring and the
 * near-duplicate check over N generated pages (the target: 10,000 in under 5 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/content/check-content.ts';
import { readContent } from '../../src/content/read-content.ts';
import { nearDuplicates } from '../../src/lib/near-duplicates.ts';
import { relatedErrors } from '../../src/lib/related-errors.ts';
import { generatePages } from './generate/generate-pages.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '10000' } } });
const count = Number(values.pages);
const dir = mkdtempSync(join(tmpdir(), 'kb-related-'));
try {
  generatePages({ count, dir });
  const { categoriesFile, pageFiles } = readContent(process.cwd(), dir);
  const { pages } = checkContent(categoriesFile, pageFiles);
  const time = <T>(fn: () => T): [T, number] => {
    const t = performance.now();
    return [fn(), performance.now() - t];
  };
  const [related, relatedMs] = time(() => relatedErrors(pages.map((p) => ({ slug: p.slug, ...p.data }))));
  const [pairs, dupMs] = time(() => nearDuplicates(pages.map((p) => ({ id: p.slug, signature: p.data.signature }))));
  const sizes = [...related.values()].map((l) => l.length);
  console.log(
    `${pages.length} pages: related errors in ${(relatedMs / 1000).toFixed(2)} s (min ${Math.min(...sizes)}, max ${Math.max(...sizes)} per page); near-duplicate check in ${(dupMs / 1000).toFixed(2)} s (${pairs.length} pairs)`,
  );
  console.log(
    JSON.stringify({ pages: pages.length, related_s: +(relatedMs / 1000).toFixed(2), near_duplicates_s: +(dupMs / 1000).toFixed(2) }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
