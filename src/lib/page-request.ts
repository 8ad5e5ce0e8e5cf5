import { removeSecrets } from '../content/secrets.ts';
import { normalizeErrorText } from './normalize-error-text.ts';
import type { SearchOutcome } from './search/answer-query.ts';

/**
 * "Request a page for this error": an issue holding the paste as the normalizer cleaned it
 * (ids, UUIDs, hashes, paths cut to their file name, URLs, e-mails, keys removed), then every
 * credential the content checker knows (`src/content/secrets.ts`: GitHub and AWS tokens, bearer
 * tokens) and any other long opaque token, since the normalizer only drops what varies
 * between people and a token it does not know would otherwise reach a public issue.
 */

/** 32+ characters of letters and digits mixed (tokens, JWT parts, secrets the patterns do not name). */
const OPAQUE_TOKEN = /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{32,}(?![\w-])/g;

/** Long pastes are cut: the first lines carry the error, and the issue URL has a size limit. */
const MAX_PASTE = 1500;

export function cleanedPaste(raw: string): string {
  const cleaned = removeSecrets(normalizeErrorText(raw)).replace(OPAQUE_TOKEN, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.length > MAX_PASTE ? `${cleaned.slice(0, MAX_PASTE)}…` : cleaned;
}

export interface RequestContext {
  /** The paste, raw: only its cleaned form is used. */
  paste: string;
  match: SearchOutcome['match'];
  /** The best page the search found, if any. */
  best?: { title: string; url: string } | undefined;
  /** The site's search page, absolute: the issue links the search of the cleaned text. */
  searchUrl: string;
}

export function pageRequest({ paste, match, best, searchUrl }: RequestContext): { title: string; body: string } {
  const text = cleanedPaste(paste);
  const found =
    match === 'none' || !best ? 'The search found no page.' : `The search found only a ${match} match: "${best.title}" (${best.url}).`;
  const title = `Page request: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
  const body = [
    'Please add a page for this error.',
    '',
    'The error, as the search cleaned it (paths, ids, e-mail addresses and keys removed):',
    '',
    '```text',
    text.replace(/`{3,}/g, '``'),
    '```',
    '',
    found,
    `Search: ${searchUrl}?q=${encodeURIComponent(text)}`,
    '',
    'Where it happened (tool, version, what you ran):',
    '',
  ].join('\n');
  return { title, body };
}
