import { fixedProblem, rangeProblem } from './ranges.ts';

/** A problem with one field of a page's version ranges: its path in the frontmatter and what was expected. */
export interface RangeIssue {
  path: Array<string | number>;
  message: string;
}

interface PageVersions {
  tools: readonly string[];
  versions: ReadonlyArray<{ tool: string; range: string; fixed?: string | undefined }>;
  variants: ReadonlyArray<string | { text: string; tool: string; range: string }>;
}

/**
 * Checks of `versions` and versioned `variants` the schema's shapes cannot express:
 * each `range` a semver range, each `fixed` a version inside its range or at its end,
 * each `tool` one of the page's `tools`. Used by the schema, so the content check,
 * the build and `astro check` of content all report them with file, line and field.
 */
export function rangeIssues(page: PageVersions): RangeIssue[] {
  const issues: RangeIssue[] = [];
  const toolIssue = (path: Array<string | number>, tool: string) => {
    if (!page.tools.includes(tool)) issues.push({ path, message: `expected one of the page's tools (${page.tools.join(', ')})` });
  };
  page.versions.forEach((v, i) => {
    toolIssue(['versions', i, 'tool'], v.tool);
    const bad = rangeProblem(v.range);
    if (bad) issues.push({ path: ['versions', i, 'range'], message: bad });
    const badFix = v.fixed === undefined ? undefined : fixedProblem(v.fixed, v.range);
    if (badFix) issues.push({ path: ['versions', i, 'fixed'], message: badFix });
  });
  page.variants.forEach((v, i) => {
    if (typeof v === 'string') return;
    toolIssue(['variants', i, 'tool'], v.tool);
    const bad = rangeProblem(v.range);
    if (bad) issues.push({ path: ['variants', i, 'range'], message: bad });
  });
  return issues;
}
