import type { APIRoute, GetStaticPaths } from 'astro';
import { pagesByCategory, type CategoryEntry, type ErrorEntry } from '../../../data/errors';
import { atomResponse, entriesOf } from '../../../data/feeds';
import { categoryFeedPath } from '../../../lib/feed-urls';
import { categoryPath } from '../../../lib/urls';

/** `/categories/<id>/feed.atom`: the history and updates of every error in a category. */
export const getStaticPaths = (async () =>
  (await pagesByCategory()).map(({ category, entries }) => ({
    params: { category: category.id },
    props: { category, entries },
  }))) satisfies GetStaticPaths;

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
