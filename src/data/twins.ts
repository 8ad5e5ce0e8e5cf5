import type { TwinSource } from '../lib/agents/page-markdown';
import { pageSteps } from '../lib/agents/page-data';
import { agentPrompt } from '../lib/agents/agent-prompt';
import { errorPath, errorTwinPath, withBase } from '../lib/urls';
import { categoryEntries, errorEntries, type ErrorEntry } from './errors';
import { buildSettings } from '../site-config';
import { inShard } from '../sharding/partition';

let cache: Promise<TwinSource[]> | undefined;

/** Every published page with what its Markdown and JSON twins are made of, in `errorEntries` order. */
export function twinSources(site: URL): Promise<TwinSource[]> {
  cache ??= Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) => {
    const titles = new Map(categories.map((c) => [c.id, c.data.title]));
    return entries.map((e) => twinSource(e, titles.get(e.data.category)!, site));
  });
  return cache;
}

/** `getStaticPaths` of a twin route: one file per page of this build's shard, the page's source as props. */
export async function twinPaths() {
  return (await shardTwinSources(new URL(import.meta.env.SITE))).map((source) => ({ params: { slug: source.slug }, props: { source } }));
}

/** The twins this build writes, one file each: all pages', or its shard's (`KB_SHARD`; README, "Sharded builds"). */
export async function shardTwinSources(site: URL): Promise<TwinSource[]> {
  return (await twinSources(site)).filter((source) => inShard(source.slug, buildSettings.shard));
}

export function twinSource(entry: ErrorEntry, categoryTitle: string, site: URL): TwinSource {
  return {
    slug: entry.id,
    data: entry.data,
    categoryTitle,
    body: entry.body ?? '',
    address: { pageUrl: new URL(errorPath(entry.id), site).href, siteUrl: new URL(withBase('/'), site).href },
  };
}

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
