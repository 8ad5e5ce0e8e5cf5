import { withBase } from './urls';

/** Atom feeds that follow one error, or every error of a category, until fixed (`src/lib/atom-feed.ts`). */
export const errorFeedPath = (slug: string) => withBase(`errors/${slug}/feed.atom`);
export const categoryFeedPath = (id: string) => withBase(`categories/${id}/feed.atom`);
