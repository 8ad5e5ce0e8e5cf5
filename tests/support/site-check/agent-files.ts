import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtErrorSlugs } from '../built-site.ts';

/** HTML text as a reader sees it: tags dropped, the entities Astro writes decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (html: string, re: RegExp) => re.exec(html)?.[1]?.replace(/&amp;/g, '&');

/** The href of a `<link>` (attribute values may hold `>`: titles of error pages do). */
const linkHref = (rel: string, type: string) =>
  new RegExp(`<link rel="${rel}" type="${type.replace(/[/+]/g, '\\$&')}"(?:\\s+[\\w-]+="[^"]*")*?\\s+href="([^"]+)"`);

/** A site path of the built page (`/kb/errors/x.md`) → the file in `dir`. */
const fileOf = (dir: string, base: string, href: string) => join(dir, new URL(href, 'http://x').pathname.slice(base.length));

/**
 * What the agent-facing files of a build lack, against the built HTML pages themselves:
 * each error page's Markdown and JSON twins (linked from its head, carrying the page's
 * signature and one `#step-N` link per step the page has), `llms.txt` listing every page,
 * and the OpenSearch description linked from every page.
 */
export function agentFileProblems(dir: string, base: string): string[] {
  const problems: string[] = [];
  const llms = readFileSync(join(dir, 'llms.txt'), 'utf8');
  const full = readFileSync(join(dir, 'llms-full.txt'), 'utf8');
  for (const slug of builtErrorSlugs(dir)) {
    const html = readFileSync(join(dir, 'errors', slug, 'index.html'), 'utf8');
    const page = attr(html, /<link rel="canonical" href="([^"]+)"/)!;
    const signature = text(/<pre data-copy-target[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '');
    const steps = [...html.matchAll(/<li id="(step-\d+)"/g)].map((m) => m[1]!);
    const mdHref = attr(html, linkHref('alternate', 'text/markdown'));
    const jsonHref = attr(html, linkHref('alternate', 'application/json'));
    if (!mdHref || !existsSync(fileOf(dir, base, mdHref))) {
      problems.push(`${slug}: no Markdown twin linked from the head (${mdHref})`);
      continue;
    }
    if (!jsonHref || !existsSync(fileOf(dir, base, jsonHref))) {
      problems.push(`${slug}: no JSON twin linked from the head (${jsonHref})`);
      continue;
    }
    const md = readFileSync(fileOf(dir, base, mdHref), 'utf8');
    const json = JSON.parse(readFileSync(fileOf(dir, base, jsonHref), 'utf8')) as { signature: string; steps: Array<{ url: string }> };
    if (!signature || !md.includes(signature)) problems.push(`${slug}.md: lacks the page's signature`);
    if (json.signature.trimEnd() !== signature) problems.push(`${slug}.json: signature differs from the page's`);
    const mdSteps = [...md.matchAll(/\[#(step-\d+)\]\(([^)]+)\)/g)];
    if (steps.length < 3) problems.push(`${slug}: the page has ${steps.length} step anchors`);
    if (mdSteps.map((m) => m[1]).join() !== steps.join() || mdSteps.some((m) => m[2] !== `${page}#${m[1]}`)) {
      problems.push(`${slug}.md: step links ${mdSteps.map((m) => m[2]).join(' ')} do not match the page's ${steps.join(' ')}`);
    }
    if (json.steps.map((s) => s.url).join() !== steps.map((id) => `${page}#${id}`).join()) {
      problems.push(`${slug}.json: steps do not match the page's ${steps.join(' ')}`);
    }
    if (!llms.includes(`](${new URL(mdHref, page).href}): `)) problems.push(`llms.txt: does not list ${slug}`);
    if (!full.includes(md)) problems.push(`llms-full.txt: lacks ${slug}.md`);
  }
  const opensearch = readFileSync(join(dir, 'opensearch.xml'), 'utf8');
  if (!/template="https?:\/\/[^"]+\/search\/\?q=\{searchTerms\}"/.test(opensearch)) problems.push('opensearch.xml: no search URL template');
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith('.html')) continue;
    const href = attr(readFileSync(join(dir, file), 'utf8'), linkHref('search', 'application/opensearchdescription+xml'));
    if (href !== `${base}opensearch.xml`) problems.push(`${file}: OpenSearch description not linked (${href})`);
  }
  return problems;
}

/** The pages of a build that show "Report a problem", "Edit this page" or a page request. */
export function repoLinkPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && /data-repo-links|data-page-request/.test(readFileSync(join(dir, f), 'utf8')))
    .sort();
}
