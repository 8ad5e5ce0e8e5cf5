import type { TwinSource } from '../lib/agents/page-markdown';
import { pageSteps } from '../lib/agents/page-data';
import { agentPrompt } from '../lib/agents/agent-prompt';
import { errorTwinPath } from '../lib/urls';
import { twinSource } from '../page-files/page-files';
import { categoryEntries, errorEntries, type ErrorEntry } from './errors';

let cache: Promise<TwinSource[]> | undefined;

/** Every published page with what its Markdown and JSON twins are made of, in `errorEntries` order (`llms.txt`, `llms-full.txt`). */
export function twinSources(site: URL): Promise<TwinSource[]> {
  cache ??= Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) => {
    const titles = new Map(categories.map((c) => [c.id, c.data.title]));
    return entries.map((e) => sourceOf(e, titles.get(e.data.category)!, site));
  });
  return cache;
}

/** A page's twin source on this build's site and base path. */
export const sourceOf = (entry: ErrorEntry, categoryTitle: string, site: URL): TwinSource =>
  twinSource({ slug: entry.id, data: entry.data, body: entry.body }, categoryTitle, { url: site.href, base: import.meta.env.BASE_URL });

export const twinUrl = (slug: string, format: 'md' | 'json', site: URL) => new URL(errorTwinPath(slug, format), site).href;

/** What "Copy as prompt" copies on this page (`src/lib/agents/agent-prompt.ts`). */
export function promptFor(source: TwinSource, site: URL): string {
  const { data, address } = source;
  return agentPrompt({
    title: data.title,
    signature: data.signature,
    causes: data.causes,
    steps: pageSteps(source),
    quickFix: data.quickFixes[0]!,
    url: address.pageUrl,
    markdownUrl: twinUrl(source.slug, 'md', site),
  });
}
