import { z } from 'astro/zod';
import { dateField } from './date.ts';
import { rangeIssues } from '../lib/versions/check-ranges.ts';

const text = z.string().trim().min(1, 'expected non-empty text');
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'expected a list with at least one item');

export const sourceKinds = ['official', 'issue', 'forum', 'article'] as const;

/** Evidence for the facts on a page. Official documentation first, then threads. */
export const sourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// URL' }),
  kind: z.enum(sourceKinds),
  /** When the source was published or last changed, if it says. */
  date: dateField.optional(),
});

export const faqSchema = z.strictObject({ question: text, answer: text });

export const statuses = ['open', 'workaround', 'fixed', 'by-design'] as const;

/** How people describe the situation in their own words, taken from a real report. */
export const symptomSchema = z.strictObject({
  /** A short description in a reporter's words (paraphrased, no personal data). */
  text: text.max(200, 'expected a short description of at most 200 characters'),
  /** The report it comes from: an issue, forum thread or article you read. */
  source: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// URL' }),
});

/** The versions of one tool the page applies to. */
export const versionRangeSchema = z.strictObject({
  /** One of the page's `tools`, named as in `content/tools.json` so pasted versions are recognized. */
  tool: text,
  /** A semver range (https://github.com/npm/node-semver#ranges) of the versions that show this error: `>=17.0.0`, `>=18.0.0 <22.0.0`, `^2.1.0`. */
  range: text,
  /** The first version that no longer shows it, when a release fixed it: inside the range or at its end (`<20.5.0` fixed in `20.5.0`). */
  fixed: text.optional(),
});

/** A variant wording that only some versions of a tool print. */
export const versionedVariantSchema = z.strictObject({
  /** The wording, as that version prints it. */
  text,
  /** One of the page's `tools`. */
  tool: text,
  /** A semver range of the versions that print this wording, e.g. `<10.6.0`. */
  range: text,
});

/** One dated change to what the page says: status, fix version, a corrected fact. */
export const historyEntrySchema = z.strictObject({ date: dateField, change: text });

/**
 * Frontmatter of one error page (`content/errors/<slug>.mdx`).
 * `categoryIds` are the keys of `content/categories.json`: an unknown category
 * is an error, so the schema is built from them.
 */
export function errorPageSchema(categoryIds: readonly [string, ...string[]]) {
  return z
    .strictObject({
      title: text.max(120, 'expected a title of at most 120 characters'),
      /** One sentence, at most 160 characters: the meta description and chat preview. */
      summary: text
        .max(160, 'expected one sentence of at most 160 characters')
        .refine((s) => !s.includes('\n'), 'expected a single line'),
      /** The error exactly as people see it; may span several lines. */
      signature: text,
      /** Other real wordings of the same error (other versions, other clients): text, or `{ text, tool, range }` for a wording only some versions print. Default: none. */
      variants: z.array(z.union([text, versionedVariantSchema])).default([]),
      /** Descriptions of the situation in users' words, each from a cited report. Default: none. */
      symptoms: z.array(symptomSchema).default([]),
      category: z.enum(categoryIds, { error: `expected one of the categories in content/categories.json (${categoryIds.join(', ')})` }),
      /** Products involved, e.g. "Claude Code", "npm". */
      tools: list(text),
      /** Versions affected, free text ("npm 7+", "Claude Code 2.0.x"). Default: none. */
      affects: z.array(text).default([]),
      /** Version ranges per tool (`tool`, `range`, optional `fixed`), so readers learn whether their version is affected. Default: none. */
      versions: z.array(versionRangeSchema).default([]),
      /** Most likely first. */
      causes: list(text),
      quickFixes: list(text),
      prevention: z.array(text).default([]),
      sources: list(sourceSchema),
      updated: dateField,
      /** When someone last checked the page against its sources and the current tool. */
      verified: dateField.optional(),
      status: z.enum(statuses),
      /** The version that fixed it; required when `status` is `fixed`. */
      fixedIn: text.optional(),
      /** Slugs of other error pages shown first among related errors. Default: none. */
      related: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a page slug (lowercase letters, digits, hyphens)')).default([]),
      faq: z.array(faqSchema).default([]),
      /** Dated changes, newest first. Default: none. */
      history: z.array(historyEntrySchema).default([]),
      /** Drafts show in `npm run dev` only. Default: false. */
      draft: z.boolean().default(false),
    })
    .superRefine((page, ctx) => {
      if (page.status === 'fixed' && !page.fixedIn) {
        ctx.addIssue({ code: 'custom', path: ['fixedIn'], message: 'expected the version that fixed it, because status is "fixed"' });
      }
      for (const { path, message } of rangeIssues(page)) ctx.addIssue({ code: 'custom', path, message });
    })
    .transform(({ variants, ...page }) => ({
      ...page,
      /** Every wording's text, for matching and display. */
      variants: variants.map((v) => (typeof v === 'string' ? v : v.text)),
      /** Wordings that only some versions print. */
      versionedVariants: variants.filter((v) => typeof v !== 'string'),
    }));
}

export type ErrorPage = z.output<ReturnType<typeof errorPageSchema>>;
export type ErrorPageInput = z.input<ReturnType<typeof errorPageSchema>>;
export type Source = z.output<typeof sourceSchema>;
