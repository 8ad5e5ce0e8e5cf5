import type { ErrorPage } from '../schema/error-page.ts';

/** How a page's status reads on its badge (and so in the search index). */
export function statusLabel(status: ErrorPage['status'], fixedIn?: string): string {
  return {
    open: 'Open: no fix yet',
    workaround: 'Workaround available',
    fixed: fixedIn ? `Fixed in ${fixedIn}` : 'Fixed',
    'by-design': 'By design: expected behaviour',
  }[status];
}
