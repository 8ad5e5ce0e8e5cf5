import { answerQuery, siteStats, type PublishedStats } from '../lib/search/answer-query.ts';
import { lookupAnswer, type LookupAnswer } from '../lib/agents/lookup-answer.ts';
import { pagefindInNode } from './pagefind-node.ts';
import { openSite, siteJson } from './site-files.ts';

/**
 * Looks errors up in a built site the way its search page does: the same `answerQuery`
 * (`src/lib/search/`) over the same Pagefind index, with the same site statistics. Links point
 * at the URL given, or for a folder at the site URL it was built for.
 */
export async function openLookup(site: string): Promise<(text: string) => Promise<LookupAnswer>> {
  const root = openSite(site);
  const [published, index] = await Promise.all([siteJson<PublishedStats>(root, 'search-stats.json'), pagefindInNode(root)]);
  const stats = siteStats(published);
  const linksUnder = root.protocol === 'file:' ? new URL(published.site) : root;
  return async (text) => lookupAnswer(await answerQuery(text, index, stats), linksUnder);
}
