import type { SearchOutcome } from '../lib/search/answer-query';
import { newIssueUrl } from '../lib/repo-links';
import { pageRequest } from '../lib/page-request';

/**
 * Shows "Request a page for this error" (`PageRequest.astro`) after a search that ends `weak` or
 * `none`, with the prefilled issue's text in its preview; hides it otherwise. The issue holds
 * only the cleaned paste (`src/lib/page-request.ts`), never the raw one.
 */
export function offerPageRequest(box: HTMLElement | null) {
  return (query: string, outcome: SearchOutcome): void => {
    if (!box) return;
    const { repo = '', branch = 'main', searchUrl = '' } = box.dataset;
    if (!query.trim() || outcome.match === 'strong') {
      box.hidden = true;
      return;
    }
    const best = outcome.hits[0];
    const issue = pageRequest({
      paste: query,
      match: outcome.match,
      best: best && { title: best.title, url: new URL(best.url, location.href).href },
      searchUrl,
    });
    box.querySelector<HTMLAnchorElement>('[data-page-request-link]')!.href = newIssueUrl({ url: repo, branch }, issue);
    box.querySelector('[data-page-request-preview]')!.textContent = `${issue.title}\n\n${issue.body}`;
    box.hidden = false;
  };
}
