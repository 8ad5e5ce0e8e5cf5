/**
 * Words that say what went wrong. Two errors about the same thing differ in these
 * ("header missing" vs "header does not match"), so a page is only a strong match
 * when the paste has every one that its best wording has (`rank.ts`).
 */
export const PREDICATES: ReadonlySet<string> = new Set(
  'missing denied refused refusing exceeded exhausted invalid incorrect unsupported unable failed cannot unknown expired reached rejected blocked forbidden unauthorized overloaded timeout timed unrecognized unsafe dubious removed deprecated conflict present required requires'.split(
    ' ',
  ),
);

/** The words tools print before or in a message: "Error:", "npm ERR!", "fatal:", "Exception", "warning". */
const ERROR_WORDS = new Set(['error', 'exception', 'fatal', 'warning', ...PREDICATES]);

/** Error codes as tools print them: `ERR_REQUIRE_ESM`, `CERTIFICATE_VERIFY_FAILED`, `EADDRINUSE`. */
const CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\bE[A-Z]{4,}\b/;

/** Whether a part of a paste (its text and its terms, `termSequence`) reports an error rather than only telling a story around it. */
export const reportsError = (text: string, terms: readonly string[]): boolean => CODE.test(text) || terms.some((t) => ERROR_WORDS.has(t));
