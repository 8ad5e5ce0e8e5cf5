/** Whether a page goes into the published site: drafts show in `npm run dev` only. */
export const isPublished = (page: { data: { draft: boolean } }): boolean => !page.data.draft;

/** The order pages are listed in (home, categories, feeds, `llms-full.txt`): most recently updated first, then by slug. */
export const listOrder = (a: { slug: string; data: { updated: Date } }, b: { slug: string; data: { updated: Date } }): number =>
  b.data.updated.getTime() - a.data.updated.getTime() || a.slug.localeCompare(b.slug);
