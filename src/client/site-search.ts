import { createSearch } from './search-engine';

/** One search engine per page, configured from the search form's data attributes (set at build time). */
let engine: ReturnType<typeof createSearch> | undefined;

export function siteSearch(form: HTMLElement): ReturnType<typeof createSearch> {
  engine ??= createSearch(form.dataset.base ?? '/', Number(form.dataset.totalPages ?? 0), (form.dataset.commonTerms ?? '').split(' ').filter(Boolean));
  return engine;
}
