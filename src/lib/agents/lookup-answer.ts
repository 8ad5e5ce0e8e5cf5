import type { SearchHit, SearchOutcome } from '../search/answer-query.ts';
import { errorTwinPath } from '../urls.ts';

type Match = SearchOutcome['match'];

/** One page in a lookup's answer: what an agent needs to act on it or read further. */
export interface LookupPage {
  title: string;
  url: string;
  /** The page as Markdown (`/errors/<slug>.md`): causes and every step. */
  markdownUrl: string;
  quickFix: string;
  signature: string;
  score: number;
  /** Whether the tool version the paste names is affected, when the page has ranges for it. */
  verdict?: SearchHit['verdict'];
}

export interface LookupAnswer {
  match: Match;
  pages: LookupPage[];
}

const MEANING: Record<Match, string> = {
  strong: 'strong: the first page is about this error',
  weak: 'weak: no page matches this error exactly; these may still help',
  none: 'none: no page covers this error',
};

/** A search outcome as a lookup answer: hit URLs (site-relative, `/errors/<slug>/`) made absolute under `siteUrl`. */
export function lookupAnswer(outcome: SearchOutcome, siteUrl: URL, limit = 3): LookupAnswer {
  const hits = outcome.match === 'none' ? [] : outcome.hits.slice(0, limit);
  return {
    match: outcome.match,
    pages: hits.map((h) => {
      const url = new URL(h.url.replace(/^\//, ''), siteUrl);
      const slug = url.pathname.split('/').filter(Boolean).pop()!;
      return {
        title: h.title,
        url: url.href,
        markdownUrl: new URL(errorTwinPath(slug, 'md', siteUrl.pathname), siteUrl).href,
        quickFix: h.quickFix,
        signature: h.signature.trim().split('\n')[0]!.trim(),
        score: Number(h.score.toFixed(3)),
        ...(h.verdict && { verdict: h.verdict }),
      };
    }),
  };
}

/** The answer as text, for clients that show only text content. */
export function lookupText({ match, pages }: LookupAnswer): string {
  const lines = [`Match: ${MEANING[match]}.`];
  pages.forEach((p, i) => {
    lines.push(
      '',
      `${i + 1}. ${p.title}`,
      `   Page: ${p.url}`,
      ...(p.verdict ? [`   ${p.verdict.text.replace(/`/g, '')}`] : []),
      `   Quick fix: ${p.quickFix}`,
      `   Causes and steps (Markdown): ${p.markdownUrl}`,
    );
  });
  if (match !== 'strong') lines.push('', 'Try again with only the main error line, or the exact error code, if the paste was long.');
  return lines.join('\n');
}
