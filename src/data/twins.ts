import type { TwinSource } from '../lib/agents/page-markdown';
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
const sourceOf = (entry: ErrorEntry, categoryTitle: string, site: URL): TwinSource =>
  twinSource({ slug: entry.id, data: entry.data, body: entry.body }, categoryTitle, { url: site.href, base: import.meta.env.BASE_URL });

export const twinUrl = (slug: string, format: 'md' | 'json', site: URL) => new URL(errorTwinPath(slug, format), site).href;
