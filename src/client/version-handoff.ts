import type { PasteVersions } from '../lib/versions/result-verdict';

/*
 * What a search result hands to the error page it opens for the version verdict: the paste's
 * tool versions and which of the page's versioned wordings it contains. In sessionStorage, like
 * the highlighted terms (`highlight-handoff.ts`), never in the URL, so the page's link stays clean.
 * Small on purpose: error pages load the verdict code only when something was handed over.
 */
const KEY = 'error-kb:versions';

/** Called when a result is followed. */
export function handOffVersions(url: string, handOff: PasteVersions): void {
  try {
    if (handOff.versions.length === 0) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify({ path: new URL(url, location.href).pathname, ...handOff }));
  } catch {
    /* storage may be disabled: the verdict is optional */
  }
}

/** Whether this page was handed versions (without taking them). */
export function versionsHandedOver(): boolean {
  try {
    return sessionStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** On the error page: what was handed to this page, once (the hand-off is removed), or undefined. */
export function takeVersions(): PasteVersions | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as ({ path: string } & PasteVersions) | null;
    sessionStorage.removeItem(KEY);
    return stored?.path === location.pathname && Array.isArray(stored.versions) && stored.versions.length > 0
      ? { versions: stored.versions, wordings: stored.wordings ?? [] }
      : undefined;
  } catch {
    return undefined;
  }
}
