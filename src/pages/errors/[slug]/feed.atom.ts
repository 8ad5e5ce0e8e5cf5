import type { APIRoute, GetStaticPaths } from 'astro';
import { errorEntries, type ErrorEntry } from '../../../data/errors';
import { atomResponse, entriesOf } from '../../../data/feeds';
import { errorFeedPath } from '../../../lib/feed-urls';
import { errorPath } from '../../../lib/urls';

/** `/errors/<slug>/feed.atom`: one error's history and updates, to follow it until it is fixed. */
export const getStaticPaths = (async () =>
  (await errorEntries()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props: { entry }, site }) => {
  const feedUrl = new URL(errorFeedPath(entry.id), site).href;
  return atomResponse({
    id: feedUrl,
    title: `${entry.data.title}: changes`,
    subtitle: entry.data.summary,
    url: new URL(errorPath(entry.id), site).href,
    feedUrl,
    entries: entriesOf(entry, site),
  });
};
