import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../content/published';

export type ErrorEntry = CollectionEntry<'errors'>;
export type CategoryEntry = CollectionEntry<'categories'>;

/** Drafts show while writing (`npm run dev`) and never in a production build. */
const visible = (e: ErrorEntry) => import.meta.env.DEV || isPublished(e);

let cache: Promise<ErrorEntry[]> | undefined;

/**
 * All visible error pages, most recently updated first, then by slug (stable across
 * builds). Every page asks (the header search needs the count), so a build computes
 * it once; the dev server recomputes so edits show up.
 */
export function errorEntries(): Promise<ErrorEntry[]> {
  const load = async () => {
    const entries = await getCollection('errors', visible);
    return entries.sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.id.localeCompare(b.id));
  };
  if (import.meta.env.DEV) return load();
  return (cache ??= load());
}

export async function categoryEntries(): Promise<CategoryEntry[]> {
  return getCollection('categories');
}
