import type { DetectedVersion } from '../lib/versions/detect-versions';
import { decodeVersionFacts, versionVerdict, type Verdict } from '../lib/versions/verdict';

/**
 * The version verdict in the browser: on a search result, and on the error page opened from
 * it. The versions read from the paste travel in sessionStorage like the highlighted terms
 * (`HIGHLIGHT_KEY`), never in the URL, so the page's link stays clean.
 */
export const VERSIONS_KEY = 'error-kb:versions';

type Versions = ReadonlyArray<Pick<DetectedVersion, 'tool' | 'version'>>;

/** Remembers the paste's versions for the page at `url`, which reads them once on load. */
export function rememberVersions(url: string, versions: Versions): void {
  try {
    if (versions.length === 0) sessionStorage.removeItem(VERSIONS_KEY);
    else sessionStorage.setItem(VERSIONS_KEY, JSON.stringify({ path: new URL(url, location.href).pathname, versions: versions.map(({ tool, version }) => ({ tool, version })) }));
  } catch {
    /* storage may be disabled: the verdict is optional */
  }
}

function takeVersions(): Versions {
  try {
    const stored = JSON.parse(sessionStorage.getItem(VERSIONS_KEY) ?? 'null') as { path: string; versions: Versions } | null;
    sessionStorage.removeItem(VERSIONS_KEY);
    return stored && stored.path === location.pathname && Array.isArray(stored.versions) ? stored.versions : [];
  } catch {
    return [];
  }
}

/** Writes a verdict's text into `el` (backticks become code, as in the page's own text) and sets the contract attribute. */
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

/** The verdict for a search result, from its Pagefind metadata; undefined when there is none. */
export function resultVerdict(encodedFacts: string | undefined, versions: Versions, quickFix: string): Verdict | undefined {
  const facts = decodeVersionFacts(encodedFacts);
  return facts && versions.length ? versionVerdict(facts, versions, quickFix) : undefined;
}

/** On an error page: the verdict for the versions the search remembered, in the page's verdict slot. */
export function showPageVerdict(): void {
  const slot = document.querySelector<HTMLElement>('[data-version-slot]');
  const versions = takeVersions();
  if (!slot || versions.length === 0) return;
  const facts = document.querySelector<HTMLElement>('[data-versions]')?.dataset.versions;
  // The first quick fix as the search result shows it (Pagefind's metadata is this element's text).
  const quickFix = document.querySelector('[data-pagefind-meta="quickfix"]')?.textContent ?? '';
  const verdict = resultVerdict(facts, versions, quickFix);
  if (!verdict) return;
  fillVerdict(slot, verdict).hidden = false;
}
