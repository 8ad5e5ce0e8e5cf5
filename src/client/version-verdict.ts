import { decodeVersionFacts, versionVerdict } from '../lib/versions/verdict';
import { fillVerdict } from './fill-verdict';
import { takeVersions } from './version-handoff';

/**
 * On an error page opened from a search result: the verdict for the versions the paste named,
 * in the page's verdict slot near its top, from the page's own ranges (`data-versions`, the
 * same text the search index has as metadata), so it matches what the result said.
 */
export function showPageVerdict(): void {
  const handed = takeVersions();
  const slot = document.querySelector<HTMLElement>('[data-version-slot]');
  if (!slot || !handed) return;
  const facts = decodeVersionFacts(document.querySelector<HTMLElement>('[data-versions]')?.dataset.versions);
  // The first quick fix as the search result showed it (its text, without the backticks of the frontmatter).
  const quickFix = document.querySelector('[data-first-fix]')?.textContent ?? '';
  const verdict = facts && versionVerdict(facts, handed.versions, quickFix, handed.wordings);
  if (verdict) fillVerdict(slot, verdict).hidden = false;
}
