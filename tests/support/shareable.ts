import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtErrorSlugs } from './built-site.ts';
import { jsonLdBlocks, ogImageUrl, pngSize, shareMetaProblems } from './site-check/share-meta.ts';

/** Problems with how a built site shares: per error page, and its sitemap, robots.txt and RSS feed. */
export function checkShareable(dist: string, base: string): string[] {
  const problems: string[] = [];
  const slugs = builtErrorSlugs(dist);
  if (slugs.length === 0) problems.push('no error pages');
  for (const slug of slugs) {
    const html = readFileSync(join(dist, 'errors', slug, 'index.html'), 'utf8');
    problems.push(...shareMetaProblems(html).map((p) => `${slug}: ${p}`));
    const image = ogImageUrl(html);
    const path = image && new URL(image).pathname;
    if (!path?.startsWith(base)) problems.push(`${slug}: og:image ${image} is not under ${base}`);
    else {
      const file = join(dist, path.slice(base.length));
      const size = existsSync(file) ? pngSize(readFileSync(file)) : undefined;
      if (size?.width !== 1200 || size.height !== 630) problems.push(`${slug}: ${file} is not a 1200×630 PNG`);
    }
    try {
      const types = jsonLdBlocks(html).map((b) => (b as { '@type': string })['@type']);
      if (!types.includes('TechArticle') || !types.includes('BreadcrumbList')) problems.push(`${slug}: JSON-LD types ${types.join(', ')}`);
    } catch (e) {
      problems.push(`${slug}: JSON-LD does not parse: ${(e as Error).message}`);
    }
  }
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  for (const slug of slugs)
    if (!sitemap.includes(`${base}errors/${slug}/</loc><lastmod>`)) problems.push(`sitemap lacks ${slug} with lastmod`);
  if (!/Sitemap: https?:\/\/\S+sitemap\.xml/.test(readFileSync(join(dist, 'robots.txt'), 'utf8')))
    problems.push('robots.txt has no absolute Sitemap line');
  if ((readFileSync(join(dist, 'rss.xml'), 'utf8').match(/<item>/g) ?? []).length < Math.min(slugs.length, 10))
    problems.push('rss.xml has too few items');
  return problems;
}
