import { getCollection, type CollectionEntry } from 'astro:content';

export type ErrorEntry = CollectionEntry<'errors'>;
export type CategoryEntry = CollectionEntry<'categories'>;

/** Drafts show while writing (`npm run dev`) and never in a production build. */
const published = (e: ErrorEntry) => import.meta.env.DEV || !e.data.draft;

/** All visible error pages, most recently updated first, then by slug (stable across builds). */
export async function errorEntries(): Promise<ErrorEntry[]> {
  const entries = await getCollection('errors', published);
  return entries.sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.id.localeCompare(b.id));
}

export async function categoryEntries(): Promise<CategoryEntry[]> {
  return getCollection('categories');
}
