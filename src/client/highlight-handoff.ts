/*
 * The words a search matched, handed from the results to the error page they open. They
 * travel in sessionStorage, not the URL, so the link people copy from the page stays clean.
 */
const KEY = 'error-kb:highlight';

/** Called when a result is followed. */
export function handOffMatch(url: string, terms: readonly string[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path: new URL(url, location.href).pathname, terms }));
  } catch {
    /* storage may be disabled: highlighting is optional */
  }
}

/** On the error page: the terms handed to this page, once (the hand-off is removed), or none. */
export function takeMatch(): string[] {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { path: string; terms: string[] } | null;
    sessionStorage.removeItem(KEY);
    return stored?.path === location.pathname ? stored.terms : [];
  } catch {
    return [];
  }
}
