import { withBase } from './urls.ts';

/**
 * Atom feeds that follow one error, or every error of a category, until fixed (`src/lib/atom-feed.ts`).
 * An error's feed has its file in the output (`errorFeedFile`) and its path on the site.
 */
export const errorFeedFile = (slug: string) => `errors/${slug}/feed.atom`;
export const errorFeedPath = (slug: string, base?: string) => withBase(errorFeedFile(slug), base);
export const categoryFeedPath = (id: string) => withBase(`categories/${id}/feed.atom`);
