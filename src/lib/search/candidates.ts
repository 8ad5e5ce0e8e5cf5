import type { Retrieved } from './retrieve.ts';
import { RANKING } from './settings.ts';

/** Step 3: the best retrieved pages, whose wordings are worth loading (each costs one fragment). */
export function candidates(retrieved: readonly Retrieved[]): Retrieved[] {
  return retrieved.slice(0, RANKING.candidates);
}
