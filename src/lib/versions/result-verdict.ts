import type { DetectedVersion } from './detect-versions.ts';
import { decodeVersionFacts, matchedWordings, versionVerdict, type Verdict } from './verdict.ts';

type Versions = ReadonlyArray<Pick<DetectedVersion, 'tool' | 'version'>>;

/** What a search result hands to the page it opens, so the page reaches the same verdict. */
export interface PasteVersions {
  versions: Versions;
  /** Keys of the page's versioned wordings the paste contains (`matchedWordings`). */
  wordings: string[];
}

/**
 * The verdict for one search result from its page's encoded version facts (its search data),
 * the versions read from the paste, the page's first quick fix and the paste itself; and what
 * to hand the page. No verdict when the page has no ranges or the paste names no version.
 */
export function resultVerdict(
  encodedFacts: string | undefined,
  versions: Versions,
  quickFix: string,
  paste: string,
): { verdict?: Verdict; handOff: PasteVersions } {
  const facts = decodeVersionFacts(encodedFacts);
  if (!facts || versions.length === 0) return { handOff: { versions: [], wordings: [] } };
  const wordings = matchedWordings(facts, paste);
  const verdict = versionVerdict(facts, versions, quickFix, wordings);
  return { ...(verdict && { verdict }), handOff: { versions: versions.map(({ tool, version }) => ({ tool, version })), wordings } };
}
