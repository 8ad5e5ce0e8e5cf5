/** Whether a page goes into the published site: drafts show in `npm run dev` only. */
export const isPublished = (page: { data: { draft: boolean } }): boolean => !page.data.draft;
