import { getEntry, render } from 'astro:content';
import { checkedContent } from '../content/checked-content';
import { isPublished, listOrder } from '../content/published';
import type { ErrorPage } from '../schema/error-page';
import { buildSettings } from '../site-config';
import { inShard } from '../sharding/partition';

/**
 * Every page's frontmatter, read and validated once per build by the content check
 * (js-yaml + the zod schema), not from Astro's content collection: in a sharded build
 * (`KB_SHARD`) the collection holds only the shard's MDX files, while the home page,
 * categories, related errors, feeds, sitemap and search data need all pages. A whole build
 * takes the same path, so a shard writes the same bytes for a page as the whole build.
 * A route that writes one file per error page lists `shardEntries()`; anything that needs
 * all pages reads `errorEntries()` (README, "Sharded builds").
 */
export interface ErrorEntry {
  /** The slug. */
  id: string;
  data: ErrorPage;
  /** The MDX body as written, frontmatter removed. */
  body: string;
  /** The file, relative to the project root when it is inside it (`content/errors/<slug>.mdx`). */
  filePath: string;
}
/** What the parts of an error page render from: its entry and its category's title. */
export interface ErrorEntryProps {
  entry: ErrorEntry;
  categoryTitle: string;
}
export interface CategoryEntry {
  id: string;
  data: { title: string; description: string };
}

/** Drafts show while writing (`npm run dev`) and never in a production build. */
const visible = (e: { data: { draft: boolean } }) => import.meta.env.DEV || isPublished(e);

let cache: ErrorEntry[] | undefined;

/**
 * All visible error pages, most recently updated first, then by slug (stable across
 * builds). A build computes it once; the dev server reads the files again so edits show up.
 */
export async function errorEntries(): Promise<ErrorEntry[]> {
  const load = () =>
    checkedContent({ fresh: import.meta.env.DEV })
      .pages.filter(visible)
      .sort(listOrder)
      .map((p) => ({ id: p.slug, data: p.data, body: p.body, filePath: p.file }));
  if (import.meta.env.DEV) return load();
  return (cache ??= load());
}

/** The pages this build writes: all of them, or those of its shard. */
export async function shardEntries(): Promise<ErrorEntry[]> {
  return (await errorEntries()).filter((e) => inShard(e.id, buildSettings.shard));
}

/** The categories in `categories.json` order. */
export async function categoryEntries(): Promise<CategoryEntry[]> {
  return Object.entries(checkedContent({ fresh: import.meta.env.DEV }).categories).map(([id, data]) => ({ id, data }));
}

/** Each category with its published pages (in content order): the category pages and their feeds. */
export async function pagesByCategory(): Promise<Array<{ category: CategoryEntry; entries: ErrorEntry[] }>> {
  const [entries, categories] = await Promise.all([errorEntries(), categoryEntries()]);
  return categories.map((category) => ({ category, entries: entries.filter((e) => e.data.category === category.id) }));
}

/** The rendered MDX body of one page of this build's shard. */
export async function renderedBody(slug: string) {
  const entry = await getEntry('errors', slug);
  if (!entry)
    throw new Error(
      `errors/${slug}: not in this build's content collection (shard ${buildSettings.shard?.index}/${buildSettings.shard?.count})`,
    );
  return render(entry);
}
