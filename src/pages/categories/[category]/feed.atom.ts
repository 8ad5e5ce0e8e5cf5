import type { APIRoute, GetStaticPaths } from 'astro';
import { categoryEntries, errorEntries, type CategoryEntry, type ErrorEntry } from '../../../data/errors';
import { atomResponse, entriesOf } from '../../../data/feeds';
import { categoryFeedPath } from '../../../lib/feed-urls';
import { categoryPath } from '../../../lib/urls';

/** `/categories/<id>/feed.atom`: the history and updates of every error in a category. */
export const getStaticPaths = (async () => {
  const [entries, categories] = await Promise.all([errorEntries(), categoryEntries()]);
  return categories.map((category) => ({
    params: { category: category.id },
    props: { category, entries: entries.filter((e) => e.data.category === category.id) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: CategoryEntry; entries: ErrorEntry[] }> = ({ props: { category, entries }, site }) => {
  const feedUrl = new URL(categoryFeedPath(category.id), site).href;
  return atomResponse({
    id: feedUrl,
    title: `${category.data.title}: error changes`,
    subtitle: category.data.description,
    url: new URL(categoryPath(category.id), site).href,
    feedUrl,
    entries: entries.flatMap((e) => entriesOf(e, site)),
  });
};
