import type { ErrorPage } from '../schema/error-page.ts';
import { fieldName } from './json-file.ts';
import type { Problem } from './problem.ts';

/*
 * The citation rules of CONTRIBUTING.md ("Citing sources") that a machine can check:
 * - a GitHub issue or pull request is titled `owner/repo#N: …` with the owner, repository
 *   and number of its URL, so a title cannot quietly become a description of something else;
 * - a source's `date` (when it was published or opened) is not after the page's `updated`;
 * - every issue or PR number the page names (`#1234`, `owner/repo#1234`) is among its sources.
 * Whether a title is the source's *real* title needs a person who opened it.
 */

/** `https://github.com/owner/repo/issues/12`, `/pull/12`, `/discussions/12` → its parts. */
const GITHUB_THREAD = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull|discussions)\/(\d+)(?:[/?#].*)?$/i;

/**
 * A reference to an issue or PR in prose: `owner/repo#12`, `repo#12` or a bare `#12` (two digits
 * or more). Not after `&` (`&#123;`), inside a longer token (URL fragments such as `…#L12`), or
 * after "error" (`Minified React error #418` is an error code).
 */
const THREAD_REFERENCE = /(?<!\berror )(?<![\w&/#.-])(?:(?:([\w.-]+)\/)?([\w.-]+))?#(\d{2,})\b/gi;

interface ThreadSource {
  repo: string;
  number: string;
}

const threadOf = (url: string): ThreadSource | undefined => {
  const m = GITHUB_THREAD.exec(url);
  return m ? { repo: `${m[1]}/${m[2]}`.toLowerCase(), number: m[3]! } : undefined;
};

/** Code as written, where `#12` is output (a Docker build step, a CSS colour), not a citation. */
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

/**
 * The page's own claims, where a reader meets issue numbers: prose outside code, causes, fixes
 * and FAQ. Not the sources themselves, and not `history`, which may name a citation it removed.
 */
function pageTexts(data: ErrorPage, body: string): string[] {
  const texts = [data.summary, ...data.causes, ...data.quickFixes, ...data.prevention, ...data.affects, ...data.faq.flatMap((f) => [f.question, f.answer]), body];
  return texts.map((t) => t.replace(CODE, ' '));
}

/** `open-interpreter` names `openinterpreter/openinterpreter`: compare names without case or hyphens. */
const sameName = (a: string, b: string) => a.replace(/-/g, '').toLowerCase() === b.replace(/-/g, '').toLowerCase();

/** Issue and PR references that no source of the page backs, each once. */
export function uncitedReferences(data: ErrorPage, body: string): string[] {
  const cited = data.sources.map((s) => threadOf(s.url)).filter((t): t is ThreadSource => t !== undefined);
  const missing = new Set<string>();
  for (const text of pageTexts(data, body)) {
    if (!/#\d{2}/.test(text)) continue; // no reference possible; the full pattern is slow on long prose
    for (const [reference, owner, repo, number] of text.matchAll(THREAD_REFERENCE)) {
      // `owner/repo#12` names both; `name#12` the owner or the repository; a bare `#12` any thread with that number.
      const backed = cited.some((c) => {
        const [citedOwner, citedRepo] = c.repo.split('/') as [string, string];
        if (c.number !== number) return false;
        if (owner) return sameName(owner, citedOwner) && sameName(repo!, citedRepo);
        return !repo || sameName(repo, citedOwner) || sameName(repo, citedRepo);
      });
      if (!backed) missing.add(reference);
    }
  }
  return [...missing];
}

/** Line of the first occurrence of `needle` in the file, for messages. */
const lineOfText = (source: string, needle: string) => {
  const at = source.indexOf(needle);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
};

export function citationProblems(
  file: string,
  source: string,
  data: ErrorPage,
  body: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  /** A problem with field `key` of source `i`: its line and its name from one path. */
  const sourceProblem = (i: number, key: string, expected: string, found: string): Problem => {
    const path = ['sources', i, key];
    return { file, line: lineOf(path), field: fieldName(path), expected, found };
  };
  data.sources.forEach((s, i) => {
    const thread = threadOf(s.url);
    if (thread) {
      // `owner/repo#N: title`; a forum's own name may stand before `#N` instead (`GitHub Community #N: …`).
      const label = new RegExp(`^(.*?)\\s?#${thread.number}: \\S`).exec(s.title)?.[1];
      const named = label !== undefined && /^[\w.-]+\/[\w.-]+$/.test(label) ? label.toLowerCase() : undefined;
      if (label === undefined || (named !== undefined && named !== thread.repo)) {
        problems.push(
          sourceProblem(
            i,
            'title',
            `"${thread.repo}#${thread.number}: " and the thread's real title, as its URL names that thread`,
            JSON.stringify(s.title.length > 70 ? `${s.title.slice(0, 67)}…` : s.title),
          ),
        );
      }
    }
    if (s.date && s.date.getTime() > data.updated.getTime()) {
      problems.push(
        sourceProblem(
          i,
          'date',
          `the day the source was published or opened, not after the page's updated date (${data.updated.toISOString().slice(0, 10)})`,
          `the date ${s.date.toISOString().slice(0, 10)}`,
        ),
      );
    }
  });
  for (const reference of uncitedReferences(data, body)) {
    problems.push({
      file,
      line: lineOfText(source, reference),
      field: 'sources',
      expected: `a source for every issue or pull request the page names (add the thread ${reference} you read, or drop the reference)`,
      found: `${reference} named on the page but not among its sources`,
    });
  }
  return problems;
}
