/**
 * `npm run check:content`: every content problem in one list, including MDX
 * syntax errors (which Astro would otherwise report one file per build).
 * Exit code 1 when there is any problem.
 */
import { mdxToJs } from 'satteri';
import { checkContent } from '../content/check-content.ts';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { formatProblems, type Problem } from '../content/problem.ts';
import { readContent } from '../content/read-content.ts';
import { checkTools } from '../content/check-tools.ts';
import { staleWarnings } from '../lib/freshness.ts';
import { freshness } from '../site-config.ts';

const { categoriesFile, toolsFile, pageFiles } = readContent(process.cwd());
const { pages, problems } = checkContent(categoriesFile, pageFiles);
problems.push(...checkTools(toolsFile).problems);

const syntaxProblems: Problem[] = pageFiles.flatMap((file) => {
  const { body, bodyLine } = parseFrontmatter(file.source);
  try {
    mdxToJs(body);
    return [];
  } catch (e) {
    const err = e as { message: string; line?: number; place?: { line?: number } };
    const line = err.line ?? err.place?.line;
    return [
      {
        file: file.path,
        ...(line && { line: line + bodyLine - 1 }),
        field: '(MDX body)',
        expected: 'valid MDX (escape { } < > in prose, or put them in `code`)',
        found: err.message.split('\n')[0]!,
      },
    ];
  }
});

const all = [...problems, ...syntaxProblems];
if (all.length) {
  console.error(formatProblems(all));
  process.exit(1);
}
// Warnings, not errors: a page past its check-by date still helps; it needs a look.
const stale = staleWarnings(
  pages.map((p) => ({ file: p.file, verified: p.data.verified })),
  freshness.today,
  freshness.staleAfterDays,
);
for (const warning of stale) console.warn(`warning: ${warning}`);
console.log(
  `content ok: ${pages.length} pages${stale.length ? `, ${stale.length} not verified for over ${freshness.staleAfterDays} days` : ''}`,
);
