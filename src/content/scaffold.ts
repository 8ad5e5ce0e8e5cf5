import { errorTerms, normalizeErrorText } from '../lib/normalize-error-text.ts';
import type { CheckedPage } from './check-content.ts';

/**
 * The pure half of `npm run new` (`src/cli/new-page.ts`): from a raw error
 * text and the existing pages, propose a slug and a category, find pages that
 * may already cover the error, and write a draft page that passes the schema
 * with every part a writer must fill marked TODO. No file access here.
 */

/** What the scaffolder needs to know about an existing page. */
export interface ExistingPage {
  slug: string;
  /** As shown in messages, e.g. `content/errors/npm-eresolve.mdx`. */
  file: string;
  title: string;
  category: string;
  signature: string;
  variants: readonly string[];
  tools: readonly string[];
}

/** The pages `checkContent` accepted, as the scaffolder sees them. */
export function existingPages(pages: readonly CheckedPage[]): ExistingPage[] {
  return pages.map((p) => ({
    slug: p.slug,
    file: p.file,
    title: p.data.title,
    category: p.data.category,
    signature: p.data.signature,
    variants: p.data.variants,
    tools: p.data.tools,
  }));
}

export interface CoveringPage {
  page: ExistingPage;
  /** Best IDF-weighted Jaccard similarity of the error's terms with the page's signature, one variant, or all its wordings together. */
  similarity: number;
  /** The wording that matched best. */
  wording: string;
}

/**
 * Pages at or above this IDF-weighted Jaccard similarity are reported as "Already covered?".
 * On the real content (each wording of each page checked against all others with
 * that wording left out), 0.4 finds the right page for 2 wordings in 3 and flags
 * another page only inside families that truly share their text (prompt too long,
 * session limits); unweighted Jaccard at 0.5 finds fewer and also flags
 * `npm error code ERESOLVE` as `npm error code EACCES`.
 */
export const COVERED_THRESHOLD = 0.4;

/** Kebab-case slugs stay around this length. */
export const MAX_SLUG_LENGTH = 50;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Placeholder source URL: valid for the schema (so the draft renders), refused as a real source by `tests/unit/content-quality.test.ts`. */
export const TODO_SOURCE_URL = 'https://example.com/TODO-replace-with-a-real-source';

/** Words that say "this is an error" without saying which one: never worth a place in a slug. */
const SLUG_NOISE = new Set(
  'error code fatal warning warn exception info debug notice uncaught unhandled stderr stdout traceback most recent call last message details detail reason please see log com org net www http https'.split(' '),
);

/** The error text as it goes into `signature`: the writer's paste, trimmed, without colour codes or control characters. */
export function signatureText(raw: string): string {
  return raw
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\r\n?/g, '\n')
    // YAML block scalars refuse control characters; keep tabs and newlines.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Terms of every wording of a page (signature and variants) plus its tool names. */
function pageTerms(page: ExistingPage): Set<string> {
  return new Set([page.signature, ...page.variants, ...page.tools].flatMap(errorTerms));
}

/** Inverse document frequency of each term over the pages' signatures, variants and tools; unseen terms weigh most. */
function idfOver(pages: readonly ExistingPage[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const page of pages) for (const t of pageTerms(page)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = pages.length;
  return (term) => Math.log(1 + n / (df.get(term) ?? 0.5));
}

const QUOTED = /(?<!\w)'[^'\n]*'(?!\w)|"[^"\n]*"|`[^`\n]*`|‘[^’\n]*’|“[^”\n]*”/g;

/**
 * The error's terms without those found only inside quotes (module, file, branch
 * and package names differ for everyone), except terms existing pages use in their
 * wordings when they are codes or double-quoted (JSON bodies quote their error
 * types and messages: "overloaded_error").
 */
function identifyingTerms(raw: string, pages: readonly ExistingPage[]): string[] {
  const normalized = normalizeErrorText(raw);
  const outside = new Set(errorTerms(normalized.replace(QUOTED, ' ')));
  const doubleQuoted = new Set(errorTerms((normalized.match(/"[^"\n]*"|“[^”\n]*”/g) ?? []).join(' ')));
  const known = new Set(pages.flatMap((p) => [p.signature, ...p.variants].flatMap(errorTerms)));
  return errorTerms(raw).filter((t) => outside.has(t) || (known.has(t) && (t.includes('_') || doubleQuoted.has(t))));
}

/**
 * Error codes written in the text: `ERESOLVE`, `EADDRINUSE`, `ERR_REQUIRE_ESM`,
 * `TS2307`, `0308010C`, `rate_limit_error`, and HTTP statuses after a word like
 * "status" or "Error:". Returned as terms (lowercase), in that order of kinds.
 */
export function errorCodes(raw: string): string[] {
  const text = normalizeErrorText(raw);
  const patterns = [
    /\b(?:E[A-Z]{3,}|ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g, // ENOENT, ERR_REQUIRE_ESM, ERR_PNPM_OUTDATED_LOCKFILE
    /\b(?:TS|CS|C|E|SC|DL|PEP)\d{3,5}\b/g, // TS2307, C2065, E0425, SC2086, PEP668
    /\b(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{6,12}\b/g, // 0308010C
    /\b[a-z]+(?:_[a-z]+)*_(?:error|exceeded|invalid|not_found|denied|quota)\b/g, // rate_limit_error, context_length_exceeded, insufficient_quota
    /\b(?:status|code|error|HTTP)[:\s]+([1-5]\d\d)\b/gi, // status 429, Error: 401
    /^([1-5]\d\d)\b/g, // 404 Not Found
  ];
  const codes: string[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const code = (m[1] ?? m[0]).toLowerCase();
      if (!/^(?:err|error|errors|eof)$/.test(code) && !codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}

/** The most identifying error code in the text: the rarest among existing pages (first written on a tie). */
export function errorCode(raw: string, pages: readonly ExistingPage[] = []): string | undefined {
  const idf = idfOver(pages);
  let best: { code: string; weight: number } | undefined;
  for (const code of errorCodes(raw)) {
    const weight = idf(code);
    if (!best || weight > best.weight) best = { code, weight };
  }
  return best?.code;
}

/** The tool an error names, from the tool names of existing pages ("npm", "Docker", "Git"...): the earliest one in the text. */
export function errorTool(raw: string, pages: readonly ExistingPage[]): string[] | undefined {
  const terms = errorTerms(normalizeErrorText(raw).replace(QUOTED, ' '));
  const position = new Map(terms.map((t, i) => [t, i]));
  let best: { terms: string[]; at: number } | undefined;
  const seen = new Set<string>();
  for (const tool of pages.flatMap((p) => p.tools)) {
    const toolTerms = errorTerms(tool).filter((t) => t !== 'js');
    const key = toolTerms.join(' ');
    if (!toolTerms.length || seen.has(key)) continue;
    seen.add(key);
    if (!toolTerms.every((t) => position.has(t))) continue;
    const at = position.get(toolTerms[0]!)!;
    if (!best || at < best.at || (at === best.at && toolTerms.length > best.terms.length)) best = { terms: toolTerms, at };
  }
  return best?.terms;
}

/** `text` in kebab-case: lowercase letters, digits and single hyphens. */
export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`... whichever no existing page uses. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = `${cut(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Shortens a kebab-case slug to at most `max` characters at a word boundary. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const at = head.lastIndexOf('-');
  return (at > 0 ? head.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

const ERROR_LINE = /\b(?:err!?|error|fatal|panic|exception|failed|denied|refused|cannot|can't|unable)\b|[a-z](?:Error|Exception)\b/i;

/**
 * The line of a multi-line paste that states the error: the first one with a word
 * like "error", "fatal", "denied" or an exception name (a Python traceback's last
 * line, not its source lines). The whole text when no line says so.
 */
export function errorLine(raw: string): string {
  const lines = raw.split(/\r?\n/).filter((line) => normalizeErrorText(line));
  return lines.find((line) => ERROR_LINE.test(normalizeErrorText(line))) ?? raw;
}

/**
 * A kebab-case slug from the most identifying terms of the error: the tool it
 * names, its code, then the rarest words (IDF over existing pages) of the line
 * stating the error, in the order they appear. Quoted names (modules, files,
 * branches) vary between people and are left out. Unique against `taken` by
 * suffixing -2, -3...
 */
export function proposeSlug(raw: string, pages: readonly ExistingPage[], taken: ReadonlySet<string> = new Set(pages.map((p) => p.slug))): string {
  const idf = idfOver(pages);
  const tool = errorTool(raw, pages) ?? [];
  const code = errorCode(raw, pages);
  const codeParts = new Set(code ? [code, ...code.split('_')] : []);
  const words = identifyingTerms(errorLine(raw), pages).filter((t) => !tool.includes(t) && !codeParts.has(t) && !SLUG_NOISE.has(t) && !/\d/.test(t) && !t.includes("'") && t.length <= 24);
  const head = [...tool, ...(code ? [code] : [])];
  const want = code ? 3 : 5;
  const rarest = new Set(
    words
      .map((t, i) => ({ t, i, w: idf(t) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, want)
      .map((x) => x.t),
  );
  const chosen = words.filter((t) => rarest.has(t));
  let base = kebab([...head, ...chosen].join(' '));
  // Keep the head whole; drop trailing words rather than cutting one in half.
  while (base.length > MAX_SLUG_LENGTH && chosen.length) {
    chosen.pop();
    base = kebab([...head, ...chosen].join(' '));
  }
  base = cut(base, MAX_SLUG_LENGTH) || 'new-error';
  return uniqueSlug(base, taken);
}

export interface CategoryScore {
  category: string;
  score: number;
}

/** A category as `content/categories.json` defines it; the key is the id. */
export type CategoryInfo = { title: string; description: string };

/**
 * The category whose pages share most IDF-weighted terms with the error. Each
 * category is a vector of terms: those of its pages' signatures, variants and tools,
 * each weighted by IDF and by the share of the category's pages that use it, plus
 * the words of the category's own title and description (where tool names are
 * listed); the error's terms are scored against it by cosine similarity, so large
 * categories get no head start. On the real content, proposing each page's category
 * from its signature with that page left out, this picks the right one 27 times in
 * 44, against 16 for a plain sum over the union of the category's terms.
 * Falls back to the first category when nothing is shared.
 */
export function proposeCategory(raw: string, pages: readonly ExistingPage[], categories: Readonly<Record<string, CategoryInfo>>): { category: string; scores: CategoryScore[] } {
  const ids = Object.keys(categories);
  if (!ids.length) throw new Error('no categories defined in categories.json');
  const idf = idfOver(pages);
  const terms = new Set(errorTerms(raw));
  const scores = ids
    .map((category) => {
      const members = pages.filter((p) => p.category === category).map(pageTerms);
      const vector = new Map<string, number>();
      for (const set of members) for (const t of set) vector.set(t, (vector.get(t) ?? 0) + idf(t) / members.length);
      const info = categories[category]!;
      for (const t of new Set(errorTerms(`${info.title} ${info.description}`))) vector.set(t, (vector.get(t) ?? 0) + idf(t));
      const norm = Math.sqrt([...vector.values()].reduce((sum, x) => sum + x * x, 0)) || 1;
      let dot = 0;
      for (const t of terms) dot += (vector.get(t) ?? 0) * idf(t);
      return { category, score: Math.round((dot / norm) * 1000) / 1000 };
    })
    .sort((a, b) => b.score - a.score || ids.indexOf(a.category) - ids.indexOf(b.category));
  const best = scores[0]!;
  return { category: best.score > 0 ? best.category : ids[0]!, scores };
}

/** Jaccard similarity with each term weighted by its IDF: sharing `npm error code` says little, sharing `eresolve` a lot. */
function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (t: string) => number): number {
  let shared = 0;
  let union = 0;
  for (const t of a) {
    union += idf(t);
    if (b.has(t)) shared += idf(t);
  }
  for (const t of b) if (!a.has(t)) union += idf(t);
  return union ? shared / union : 0;
}

/**
 * Existing pages that may already cover the error (the idea of
 * `src/lib/near-duplicates.ts` applied to one new text): IDF-weighted Jaccard
 * similarity of its terms with the page's signature, one of its variants, or all
 * its wordings together, at least `threshold`. Best first.
 */
export function coveringPages(raw: string, pages: readonly ExistingPage[], threshold = COVERED_THRESHOLD): CoveringPage[] {
  const terms = new Set(errorTerms(raw));
  if (!terms.size) return [];
  const idf = idfOver(pages);
  const found: CoveringPage[] = [];
  for (const page of pages) {
    const wordings = [page.signature, ...page.variants];
    const candidates: Array<[string, Set<string>]> = wordings.map((w) => [w, new Set(errorTerms(w))]);
    if (wordings.length > 1) candidates.push(['(all its wordings)', new Set(wordings.flatMap(errorTerms))]);
    let best: { similarity: number; wording: string } = { similarity: 0, wording: page.signature };
    for (const [wording, set] of candidates) {
      const similarity = weightedJaccard(terms, set, idf);
      if (similarity > best.similarity) best = { similarity, wording };
    }
    if (best.similarity >= threshold) found.push({ page, ...best });
  }
  return found.sort((a, b) => b.similarity - a.similarity || a.page.slug.localeCompare(b.page.slug));
}

/** The warning line printed for one covering page. */
export function coveredMessage(c: CoveringPage, base = '/'): string {
  return `Already covered? ${c.page.title} — ${base}errors/${c.page.slug}/ (${c.page.file})`;
}

/**
 * Hints that the paste still holds something personal: home directories with a
 * user name, e-mail addresses, API keys or tokens, private host names. The
 * signature keeps the paste as given, so the writer must edit these out.
 */
export function personalDataHints(raw: string): string[] {
  const hints: string[] = [];
  if (/(?:\/home\/|\/Users\/|[A-Za-z]:\\Users\\)(?!you\b|user\b|me\b|<)[^\s/\\]+/.test(raw)) hints.push('a home directory with a user name (write /home/you/… or ~/… instead)');
  if (/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b(?![:/])/.test(raw)) hints.push('an e-mail address');
  if (/\b(?:sk-(?!\.\.\.|\*)[A-Za-z0-9_-]{8,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/.test(raw)) hints.push('what looks like an API key or token');
  if (/\b[\w-]+\.(?:internal|local|corp|lan|intranet)\b/i.test(raw)) hints.push('a private host name');
  return hints;
}

export interface DraftInput {
  /** The raw error text the writer gave. */
  text: string;
  slug: string;
  category: string;
  /** `YYYY-MM-DD` (UTC) written as `updated`. */
  today: string;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const at = head.lastIndexOf(' ');
  return `${(at > max / 2 ? head.slice(0, at) : head).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * The draft page's file content: frontmatter valid against the schema (so
 * `npm run dev` shows it, marked as a draft) with every field a writer must fill
 * marked TODO, and the three required body sections with TODO steps.
 */
export function draftPage({ text, slug, category, today }: DraftInput): string {
  const signature = signatureText(text);
  if (!signature) throw new Error('the error text is empty');
  if (!SLUG_PATTERN.test(slug)) throw new Error(`"${slug}" is not a slug (lowercase letters, digits, single hyphens)`);
  const readable = normalizeErrorText(text) || signature.split('\n')[0]!;
  const title = `TODO: ${truncate(readable, 120 - 'TODO: '.length)}`;
  const indented = signature
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
  const step = (n: number, what: string, command: string, ifNot: string) => `${n}. **TODO: ${what}** Say what to do and why, in your own words.

   \`\`\`sh
   ${command}
   \`\`\`

   **Worked if:** TODO: what the reader sees when this step solved it (an output line, a command that now succeeds).
   **If not:** TODO: ${ifNot}`;

  return `---
# Draft made by \`npm run new\`: replace every TODO, remove \`draft: true\`, then run \`npm run check\`.
# Guide and field reference: CONTRIBUTING.md
title: ${q(title)}
summary: ${q('TODO: one sentence (at most 160 characters): what fails, why, and the fix.')}
signature: |
${indented}
# Other real wordings of the same error (other versions, other clients), one per line.
variants: []
category: ${category}
tools: [${q('TODO')}]
affects: []
causes:
  - ${q('TODO: the most likely cause, in one sentence.')}
quickFixes:
  - ${q('TODO: the quickest safe fix, with the command in `backticks`.')}
prevention: []
sources:
  - title: ${q('TODO: official documentation you read (Publisher: page title)')}
    url: ${q(TODO_SOURCE_URL)}
    kind: official
  - title: ${q('TODO: issue or forum thread you read (owner/repo#number: title)')}
    url: ${q(TODO_SOURCE_URL)}
    kind: issue
updated: ${today}
status: open
related: []
draft: true
---

## What this error means

TODO: in your own words, what failed, which tool prints this message and at which moment, and what the parts of the message say. Two short paragraphs at most.

## Why it happens

1. **TODO: most likely cause.** Explain it and how the reader can tell that it applies to them.
2. **TODO: next cause.** Keep the same order as \`causes\` in the frontmatter.

## Troubleshooting steps

${step(1, 'first check: the quickest, safest one.', 'TODO: a command that shows the cause', 'what the result tells them and which step to go to, for example [step 2](#step-2).')}

${step(2, 'the usual fix.', 'TODO: the command that fixes it', 'what to try instead, for example [step 3](#step-3).')}

${step(3, 'the fallback when the usual fix is not enough.', 'TODO: the command for the last resort', 'what to collect before asking for help, and where to ask.')}
`;
}

export interface ScaffoldInput {
  text: string;
  pages: readonly ExistingPage[];
  /** `content/categories.json`, in its order. */
  categories: Readonly<Record<string, CategoryInfo>>;
  /** Slugs already used by files, including pages that failed validation. */
  takenSlugs?: ReadonlySet<string>;
  slug?: string | undefined;
  category?: string | undefined;
  today: string;
}

export interface Scaffold {
  slug: string;
  category: string;
  /** True when the category was proposed rather than given. */
  categoryProposed: boolean;
  /** Every category's score against the error, best first. */
  categoryScores: CategoryScore[];
  covering: CoveringPage[];
  personalData: string[];
  source: string;
}

/** Everything `npm run new` decides, without touching files. Throws on a bad `slug` or `category`. */
export function scaffold(input: ScaffoldInput): Scaffold {
  const taken = input.takenSlugs ?? new Set(input.pages.map((p) => p.slug));
  if (input.slug !== undefined) {
    if (!SLUG_PATTERN.test(input.slug)) throw new Error(`--slug "${input.slug}": expected lowercase letters, digits and single hyphens`);
    if (taken.has(input.slug)) throw new Error(`--slug "${input.slug}": a page with this slug already exists`);
  }
  const categoryIds = Object.keys(input.categories);
  if (input.category !== undefined && !categoryIds.includes(input.category)) {
    throw new Error(`--category "${input.category}": expected one of ${categoryIds.join(', ')}`);
  }
  if (!signatureText(input.text)) throw new Error('the error text is empty');
  const slug = input.slug ?? proposeSlug(input.text, input.pages, taken);
  const proposal = proposeCategory(input.text, input.pages, input.categories);
  const category = input.category ?? proposal.category;
  return {
    slug,
    category,
    categoryProposed: input.category === undefined,
    categoryScores: proposal.scores,
    covering: coveringPages(input.text, input.pages),
    personalData: personalDataHints(input.text),
    source: draftPage({ text: input.text, slug, category, today: input.today }),
  };
}
