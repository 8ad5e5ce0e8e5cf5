import type { Ranked } from './rank.ts';
import { RANKING } from './settings.ts';

/** Step 5: whether the best page is the answer (`strong`), only a possibility (`weak`), or there is nothing (`none`). */
export type Match = 'strong' | 'weak' | 'none';

export function matchStrength(ranked: readonly Ranked[]): Match {
  const best = ranked[0];
  if (!best) return 'none';
  const strong =
    best.wordingCoverage >= RANKING.strongWording && best.queryCoverage >= RANKING.strongQuery && best.missingPredicates.length === 0;
  return strong ? 'strong' : 'weak';
}
