import type { z } from 'astro/zod';
import { toolsSchema, type Tools } from '../schema/tools.ts';
import { describeValue, type Problem } from './problem.ts';
import type { SourceFile } from './check-content.ts';
import { fieldName, parseJsonFile, valueAt } from './json-file.ts';

/** The line of the tool's key in the JSON text (tools.json keeps one key per line). */
function lineOfTool(source: string, tool: PropertyKey | undefined): number | undefined {
  if (typeof tool !== 'string') return undefined;
  const at = source.indexOf(`${JSON.stringify(tool)}:`);
  return at === -1 ? undefined : source.slice(0, at).split('\n').length;
}

/**
 * Checks `content/tools.json` (tool names, aliases, version patterns: see `src/schema/tools.ts`).
 * A missing file is no problem: then no versions are read from pastes.
 */
export function checkTools(file: SourceFile | undefined): { tools: Tools; problems: Problem[] } {
  if (!file) return { tools: {}, problems: [] };
  const { data: tools, problems } = parseJsonFile(file, toolsSchema, {}, (raw, error) =>
    error.issues.flatMap((issue: z.core.$ZodIssue): Problem[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            file: file.path,
            line: lineOfTool(file.source, issue.path[0]),
            field: fieldName([...issue.path, key], { quoteRoot: true }),
            expected: 'only the documented fields (aliases, versionPatterns, evidence; a pattern object has pattern and when)',
            found: `an unknown field "${key}"`,
          }))
        : [
            {
              file: file.path,
              line: lineOfTool(file.source, issue.path[0]),
              field: fieldName(issue.path, { quoteRoot: true }) || '(file)',
              expected: issue.message.replace(/^expected /, ''),
              found: describeValue(valueAt(raw, issue.path)),
            },
          ],
    ),
  );
  return { tools, problems };
}
