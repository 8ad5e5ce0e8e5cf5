import type { z } from 'astro/zod';
import { categoriesSchema, type Categories } from '../schema/category.ts';
import { errorPageSchema, type ErrorPage } from '../schema/error-page.ts';
import { bodySections, countSteps } from './body-sections.ts';
import { citationProblems } from './citations.ts';
import { fieldName, parseJsonFile, valueAt } from './json-file.ts';
import { errorTerms } from '../lib/normalize-error-text.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { describeValue, type Problem } from './problem.ts';
import { findSecrets } from './secrets.ts';
import { slugFromPath } from './slug.ts';

export interface SourceFile {
  /** Relative to the project root, as shown in messages. */
  path: string;
  source: string;
}

export interface CheckedPage {
  slug: string;
  file: string;
  data: ErrorPage;
  body: string;
}

export interface ContentCheck {
  categories: Categories;
  pages: CheckedPage[];
  problems: Problem[];
}

const typeNames: Record<string, string> = { array: 'a list', object: 'a group of fields', string: 'text', number: 'a number', boolean: 'true or false', date: 'a date' };

function expectedFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? (typeNames[issue.expected] ?? issue.expected) : issue.message.replace(/^expected /, '');
    case 'invalid_value':
      return issue.message.replace(/^Invalid option: expected /, '').replace(/^expected /, '');
    case 'unrecognized_keys':
      return 'only the documented fields (see CONTRIBUTING.md)';
    default:
      return issue.message.replace(/^expected /, '');
  }
}

/** Zod issues → problems naming file, line, field, what was expected and what was found. */
function schemaProblems(file: string, data: unknown, error: z.ZodError, lineOf: (p: readonly PropertyKey[]) => number | undefined): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        field: fieldName([...issue.path, key]),
        expected: expectedFor(issue),
        found: `an unknown field "${key}"`,
      }));
    }
    return [{ file, line: lineOf(issue.path), field: fieldName(issue.path), expected: expectedFor(issue), found: describeValue(valueAt(data, issue.path)) }];
  });
}

/** What a page's own text must satisfy: the body's sections and steps, the citation rules, wordings that search can find. */
function textProblems(file: SourceFile, data: ErrorPage, body: string, lineOf: (p: readonly PropertyKey[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const section of bodySections) {
    if (!section.match.test(body)) {
      problems.push({ file: file.path, field: `body section "${section.heading}"`, expected: `a heading "## ${section.heading}"`, found: 'no such heading' });
    }
  }
  if (bodySections[2].match.test(body) && countSteps(body) === 0) {
    problems.push({ file: file.path, field: 'body section "Troubleshooting steps"', expected: 'a numbered list of steps (1. …)', found: 'no numbered items' });
  }
  problems.push(...citationProblems(file.path, file.source, data, body, lineOf));
  // A wording search reduces to nothing (a stack frame or a path alone) finds no one and matches nothing.
  [data.signature, ...data.variants].forEach((wording, i) => {
    if (errorTerms(wording).length > 0) return;
    const field = i === 0 ? 'signature' : `variants[${i - 1}]`;
    problems.push({
      file: file.path,
      line: lineOf(i === 0 ? ['signature'] : ['variants', i - 1]),
      field,
      expected: 'a wording with words that identify the error (search drops paths, ids, stack frames and numbers)',
      found: describeValue(wording),
    });
  });
  return problems;
}

export interface CheckOptions {
  /**
   * The pages whose own text is checked (secrets, body sections, citations, wordings), by slug;
   * default all. Every page's frontmatter is parsed and validated and the cross-page rules hold
   * for all whatever this says: a shard checks its own files fully and reads the others for the
   * data every shard needs (README, "Sharded builds"), so the shards together check every file once.
   */
  fully?: (slug: string) => boolean;
}

/**
 * Validates every error page and the cross-page rules (known category, existing
 * `related` slugs, unique slugs, required body sections, no secrets). Pure: the caller reads the files.
 */
export function checkContent(categoriesFile: SourceFile, pageFiles: readonly SourceFile[], { fully = () => true }: CheckOptions = {}): ContentCheck {
  const { data: categories, problems } = parseJsonFile(categoriesFile, categoriesSchema, {}, (raw, error) =>
    schemaProblems(categoriesFile.path, raw, error, () => undefined),
  );
  const ids = Object.keys(categories);
  const schema = errorPageSchema((ids.length ? ids : ['(none defined)']) as [string, ...string[]]);
  const pages: CheckedPage[] = [];
  const bySlug = new Map<string, string>();
  const lineOfFile = new Map<string, (path: readonly PropertyKey[]) => number | undefined>();

  for (const file of [...pageFiles].sort((a, b) => a.path.localeCompare(b.path))) {
    const slug = slugFromPath(file.path);
    const first = bySlug.get(slug);
    if (first) {
      problems.push({ file: file.path, field: '(file name)', expected: `a slug no other page uses`, found: `"${slug}", already used by ${first}` });
      continue;
    }
    bySlug.set(slug, file.path);
    const own = fully(slug);
    for (const secret of own ? findSecrets(file.source) : []) {
      problems.push({ file: file.path, line: secret.line, field: '(secret)', expected: 'no credentials or e-mail addresses in published content', found: `${secret.what} (${secret.masked})` });
    }

    const parsed = parseFrontmatter(file.source);
    if (parsed.syntaxError) {
      problems.push({ file: file.path, line: parsed.syntaxError.line, field: '(frontmatter)', expected: 'valid YAML', found: parsed.syntaxError.message });
      continue;
    }
    if (parsed.data === undefined) {
      problems.push({ file: file.path, line: 1, field: '(frontmatter)', expected: 'a YAML block between --- lines at the top', found: 'none' });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(file.path, parsed.data, result.error, parsed.lineOf));
      continue;
    }
    pages.push({ slug, file: file.path, data: result.data, body: parsed.body });
    lineOfFile.set(file.path, parsed.lineOf);
    if (own) problems.push(...textProblems(file, result.data, parsed.body, parsed.lineOf));
  }

  for (const page of pages) {
    page.data.related.forEach((slug, i) => {
      if (!bySlug.has(slug) || slug === page.slug) {
        problems.push({
          file: page.file,
          line: lineOfFile.get(page.file)!(['related', i]),
          field: `related[${i}]`,
          expected: slug === page.slug ? 'the slug of another page' : 'the slug of an existing page in content/errors',
          found: `"${slug}"`,
        });
      }
    });
  }
  return { categories, pages, problems };
}
