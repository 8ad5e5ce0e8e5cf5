import type { ToolVersionPatterns } from './detect-versions.ts';

/** The parts of `content/tools.json` (validated by `src/schema/tools.ts`) these functions need. */
export type ToolTable = Readonly<
  Record<string, { aliases: readonly string[]; versionPatterns: ToolVersionPatterns['patterns']; evidence?: readonly string[] }>
>;

const key = (s: string) => s.trim().toLowerCase();

/**
 * The name `content/tools.json` uses for a tool written as `name` (its key, or the key
 * one of whose aliases it is, compared case-insensitively); `name` itself when unknown.
 */
export function canonicalTool(name: string, tools: ToolTable): string {
  const wanted = key(name);
  for (const [tool, { aliases }] of Object.entries(tools)) {
    if (key(tool) === wanted || aliases.some((a) => key(a) === wanted)) return tool;
  }
  return name;
}

/**
 * Every tool with version or evidence patterns, in the form the browser's detectors take
 * (`/tool-versions.json`; evidence: `src/lib/search/tool-evidence.ts`).
 */
export function versionPatternsOf(tools: ToolTable): Array<ToolVersionPatterns & { evidence?: readonly string[] }> {
  return Object.entries(tools)
    .filter(([, t]) => t.versionPatterns.length > 0 || t.evidence?.length)
    .map(([tool, t]) => ({ tool, patterns: t.versionPatterns, ...(t.evidence?.length && { evidence: t.evidence }) }));
}
