import type { Ranked } from './rank.ts';
import { RANKING } from './settings.ts';

/** Step 5: whether the best page is the answer (`strong`), only a possibility (`weak`), or there is nothing (`none`). */
export type Match = 'strong' | 'weak' | 'none';

/**
 * Strong only when the paste holds most of one of the page's signatures or variants (symptoms,
 * in people's words, can rank a page first but never prove it), with its distinctive terms, and
 * was not printed by another tool: an uncovered error that shares a page's generic words (another
 * status code, another git or Docker failure, the same message from another product) stays weak.
 */
export function matchStrength(ranked: readonly Ranked[]): Match {
  const best = ranked[0];
  if (!best) return 'none';
  const strong =
    best.wordingCoverage >= RANKING.strongWording &&
    best.queryCoverage >= RANKING.strongQuery &&
    best.missingDistinctive.length === 0 &&
    !best.otherTool;
  return strong ? 'strong' : 'weak';
}
