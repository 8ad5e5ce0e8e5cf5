import type { TwinSource } from '../lib/agents/page-markdown';
import { errorTwinPath } from '../lib/urls';
import { twinSource } from '../page-files/page-files';
import { categoryEntries, errorEntries } from './errors';
import { siteAddress } from './site-address';

let cache: Promise<TwinSource[]> | undefined;

/** Every published page with what its Markdown and JSON twins are made of, in `errorEntries` order (`llms.txt`, `llms-full.txt`). */
export function twinSources(): Promise<TwinSource[]> {
  cache ??= Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) => {
    const titles = new Map(categories.map((c) => [c.id, c.data.title]));
    return entries.map((e) => twinSource({ slug: e.id, data: e.data, body: e.body }, titles.get(e.data.category)!, siteAddress));
  });
  return cache;
}

export const twinUrl = (slug: string, format: 'md' | 'json', site: URL) => new URL(errorTwinPath(slug, format), site).href;
