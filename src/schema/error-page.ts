import { z } from 'astro/zod';
import { dateField } from './date.ts';

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

export const statuses = ['open', 'workaround', 'fixed'] as const;

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
      /** Other real wordings of the same error (other versions, other clients). Default: none. */
      variants: z.array(text).default([]),
      category: z.enum(categoryIds, { error: `expected one of the categories in content/categories.json (${categoryIds.join(', ')})` }),
      /** Products involved, e.g. "Claude Code", "npm". */
      tools: list(text),
      /** Versions affected, free text ("npm 7+", "Claude Code 2.0.x"). Default: none. */
      affects: z.array(text).default([]),
      /** Most likely first. */
      causes: list(text),
      quickFixes: list(text),
      prevention: z.array(text).default([]),
      sources: list(sourceSchema),
      updated: dateField,
      status: z.enum(statuses),
      /** The version that fixed it; required when `status` is `fixed`. */
      fixedIn: text.optional(),
      /** Slugs of other error pages shown first among related errors. Default: none. */
      related: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a page slug (lowercase letters, digits, hyphens)')).default([]),
      faq: z.array(faqSchema).default([]),
      /** Drafts show in `npm run dev` only. Default: false. */
      draft: z.boolean().default(false),
    })
    .superRefine((page, ctx) => {
      if (page.status === 'fixed' && !page.fixedIn) {
        ctx.addIssue({ code: 'custom', path: ['fixedIn'], message: 'expected the version that fixed it, because status is "fixed"' });
      }
    });
}

export type ErrorPage = z.output<ReturnType<typeof errorPageSchema>>;
export type ErrorPageInput = z.input<ReturnType<typeof errorPageSchema>>;
export type Source = z.output<typeof sourceSchema>;
