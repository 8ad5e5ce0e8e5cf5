import { z } from 'astro/zod';
import { dateField } from './date.ts';
import { rangeIssues } from '../lib/versions/check-ranges.ts';
import { SLUG_PATTERN } from './slug.ts';

/*
 * Every field's description lives here, in `.meta({ description })`: CONTRIBUTING.md's
 * frontmatter reference is generated from it (`src/schema-reference/`), so the words a
 * writer reads sit next to the rule they describe and cannot drift from it.
 */
const text = z.string().trim().min(1, 'expected non-empty text');
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'expected a list with at least one item');
const httpsUrl = () => z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// URL' });
const about = (description: string) => ({ description });

export const sourceKinds = ['official', 'issue', 'forum', 'article'] as const;

/** Evidence for the facts on a page. Official documentation first, then threads. */
export const sourceSchema = z.strictObject({
  title: text.meta(
    about(
      'The real title, as the source shows it: "Publisher: page title", or `owner/repo#number: title` for a GitHub issue or pull request. An issue\'s or forum thread\'s title is searched, after its label.',
    ),
  ),
  url: httpsUrl().meta(about('The address of the page you read.')),
  kind: z.enum(sourceKinds).meta(about('`official` documentation, an `issue` or pull request, a `forum` thread, or an `article`.')),
  date: dateField
    .optional()
    .meta(about("When the source was published (an issue: when it was opened), if it says; never a later comment's date.")),
  shows: text
    .max(200, 'expected a short note of at most 200 characters')
    .optional()
    .meta(about('What this source shows for the page, in your words, when its title does not say it. Never put this in the title.')),
});

export const faqSchema = z.strictObject({
  question: text.meta(about('One question.')),
  answer: text.meta(about('Its answer, a few sentences.')),
});

export const statuses = ['open', 'workaround', 'fixed', 'by-design'] as const;

/** How people describe the situation in their own words, taken from a real report. */
export const symptomSchema = z.strictObject({
  text: text
    .max(200, 'expected a short description of at most 200 characters')
    .meta(about("A short description in a reporter's words (paraphrased, no personal data).")),
  source: httpsUrl().meta(about('The report it comes from: an issue, forum thread or article you read.')),
});

/** The versions of one tool the page applies to. */
export const versionRangeSchema = z.strictObject({
  tool: text.meta(about("One of the page's `tools`, named as in `content/tools.json` so versions in pastes are recognized.")),
  range: text.meta(
    about(
      'A semver range (https://github.com/npm/node-semver#ranges) of the versions that show this error: `>=17.0.0`, `>=18.0.0 <22.0.0`, `^2.1.0`.',
    ),
  ),
  fixed: text
    .optional()
    .meta(
      about(
        'The first version that no longer shows it, when a release fixed it: inside the range or at its end (`<20.5.0`, fixed in `20.5.0`).',
      ),
    ),
});

/** A variant wording that only some versions of a tool print. */
export const versionedVariantSchema = z.strictObject({
  text: text.meta(about('The wording, exactly as printed.')),
  tool: text.meta(about("One of the page's `tools`.")),
  range: text.meta(about('A semver range of the versions that print this wording, e.g. `<10.6.0`.')),
});

/** One dated change to what the page says: status, fix version, a corrected fact. */
export const historyEntrySchema = z.strictObject({
  date: dateField.meta(about('The day of the change.')),
  change: text.meta(about('What changed: status, fix version, a corrected fact.')),
});

/**
 * The fields of one error page's frontmatter (`content/errors/<slug>.mdx`), before the
 * cross-field rule and the reshaping of `errorPageSchema`.
 * `categoryIds` are the keys of `content/categories.json`: an unknown category
 * is an error, so the schema is built from them.
 */
export function errorPageFields(categoryIds: readonly [string, ...string[]]) {
  return z.strictObject({
    title: text
      .max(120, 'expected a title of at most 120 characters')
      .meta(about('The page heading and search result title: tool, error, and a few words on what it is about.')),
    summary: text
      .max(160, 'expected one sentence of at most 160 characters')
      .refine((s) => !s.includes('\n'), 'expected a single line')
      .meta(about('One sentence, at most 160 characters: the meta description and chat preview.')),
    signature: text.meta(about('The error exactly as people see it; may span several lines.')),
    variants: z
      .array(z.union([text, versionedVariantSchema]))
      .default([])
      .meta(
        about(
          'Other real wordings of the same error (other versions, other clients): text, or a group of fields when only some versions print it.',
        ),
      ),
    symptoms: z.array(symptomSchema).default([]).meta(about("Descriptions of the situation in users' words, each from a cited report.")),
    category: z
      .enum(categoryIds, { error: `expected one of the categories in content/categories.json (${categoryIds.join(', ')})` })
      .meta(about('Where the page is listed; see "Choosing a category" above.')),
    tools: list(text).meta(about('Products involved, e.g. "Claude Code", "npm".')),
    affects: z.array(text).default([]).meta(about('Versions affected, free text ("npm 7+", "Claude Code 2.0.x").')),
    versions: z
      .array(versionRangeSchema)
      .default([])
      .meta(
        about(
          'Version ranges per tool: the search and the page tell readers whether the version they run is affected. Each `range` must be semver, `fixed` inside it or at its end, `tool` one of `tools`.',
        ),
      ),
    causes: list(text).meta(about('Why the error happens, one sentence each, most likely first.')),
    quickFixes: list(text).meta(
      about('The fixes that work most often, one sentence each, commands in `backticks`. Shown before the body.'),
    ),
    prevention: z.array(text).default([]).meta(about('How to keep it from coming back.')),
    sources: list(sourceSchema).meta(
      about('Pages you read that back the facts on this page. Official documentation first, then issues and threads.'),
    ),
    updated: dateField.meta(about('The day you last checked the page against its sources (UTC).')),
    verified: dateField.meta(
      about(
        'The day someone last checked the page against its sources and the current tool: shown as "Last verified"; past `KB_STALE_AFTER_DAYS` (default 180) the page gets a banner.',
      ),
    ),
    status: z
      .enum(statuses)
      .meta(
        about(
          '`open`: no fix yet; `workaround`: a way around it exists; `fixed`: a release fixes it (then set `fixedIn`); `by-design`: the tool means to behave so.',
        ),
      ),
    fixedIn: text.optional().meta(about('The version that fixed it; required when `status` is `fixed`.')),
    related: z
      .array(z.string().regex(SLUG_PATTERN, 'expected a page slug (lowercase letters, digits, single hyphens)'))
      .default([])
      .meta(about('Slugs of other error pages shown first among related errors.')),
    faq: z.array(faqSchema).default([]).meta(about('Questions readers ask about this error, with short answers.')),
    history: z.array(historyEntrySchema).default([]).meta(about('Dated changes, newest first.')),
    draft: z.boolean().default(false).meta(about('Drafts show in `npm run dev` only.')),
  });
}

/** Frontmatter of one error page: its fields, the rule between `status` and `fixedIn`, and variants split by kind. */
export function errorPageSchema(categoryIds: readonly [string, ...string[]]) {
  return errorPageFields(categoryIds)
    .superRefine((page, ctx) => {
      if (page.status === 'fixed' && !page.fixedIn) {
        ctx.addIssue({ code: 'custom', path: ['fixedIn'], message: 'expected the version that fixed it, because status is "fixed"' });
      }
      for (const { path, message } of rangeIssues(page)) ctx.addIssue({ code: 'custom', path, message });
    })
    .transform(({ variants, ...page }) => ({
      ...page,
      // Every wording's text, for matching and display.
      variants: variants.map((v) => (typeof v === 'string' ? v : v.text)),
      // Wordings that only some versions print.
      versionedVariants: variants.filter((v) => typeof v !== 'string'),
    }));
}

export type ErrorPage = z.output<ReturnType<typeof errorPageSchema>>;
export type ErrorPageInput = z.input<ReturnType<typeof errorPageSchema>>;
export type Source = z.output<typeof sourceSchema>;
