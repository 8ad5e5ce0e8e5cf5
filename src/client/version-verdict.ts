import type { PasteVersions } from '../lib/versions/result-verdict';
import { decodeVersionFacts, versionVerdict, type Verdict } from '../lib/versions/verdict';

/**
 * The version verdict in the browser: on a search result, and on the error page opened from
 * it. What the paste said (its tool versions, and which of the page's versioned wordings it
 * contains) travels in sessionStorage like the highlighted terms, never in the URL, so the
 * page's link stays clean.
 */
export const VERSIONS_KEY = 'error-kb:versions';

/** Called when a result is followed: the page at `url` reads this once on load. */
export function handOffVersions(url: string, handOff: PasteVersions): void {
  try {
    if (handOff.versions.length === 0) sessionStorage.removeItem(VERSIONS_KEY);
    else sessionStorage.setItem(VERSIONS_KEY, JSON.stringify({ path: new URL(url, location.href).pathname, ...handOff }));
  } catch {
    /* storage may be disabled: the verdict is optional */
  }
}

function takeVersions(): PasteVersions | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(VERSIONS_KEY) ?? 'null') as ({ path: string } & PasteVersions) | null;
    sessionStorage.removeItem(VERSIONS_KEY);
    return stored?.path === location.pathname && Array.isArray(stored.versions)
      ? { versions: stored.versions, wordings: stored.wordings ?? [] }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a verdict's text into `el` (backticks become code) and sets the contract attribute `data-version-verdict`. */
export function fillVerdict(el: HTMLElement, verdict: Verdict): HTMLElement {
  el.replaceChildren(
    ...verdict.text.split('`').map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    }),
  );
  el.dataset.versionVerdict = verdict.state;
  return el;
}

/** On an error page: the verdict for what the search handed over, in the page's verdict slot. */
export function showPageVerdict(): void {
  const slot = document.querySelector<HTMLElement>('[data-version-slot]');
  const handed = takeVersions();
  if (!slot || !handed || handed.versions.length === 0) return;
  const facts = decodeVersionFacts(document.querySelector<HTMLElement>('[data-versions]')?.dataset.versions);
  // The first quick fix as the search result showed it (Pagefind's metadata is this element's text).
  const quickFix = document.querySelector('[data-pagefind-meta="quickfix"]')?.textContent ?? '';
  const verdict = facts && versionVerdict(facts, handed.versions, quickFix, handed.wordings);
  if (verdict) fillVerdict(slot, verdict).hidden = false;
}
