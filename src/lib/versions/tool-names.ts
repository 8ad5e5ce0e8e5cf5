import type { ToolVersionPatterns } from './detect-versions.ts';

/** The parts of `content/tools.json` (validated by `src/schema/tools.ts`) these functions need. */
export type ToolTable = Readonly<Record<string, { aliases: readonly string[]; versionPatterns: ToolVersionPatterns['patterns'] }>>;

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

/** Every tool with version patterns, in the form the browser's detector takes (`/search/tools.json`). */
export function versionPatternsOf(tools: ToolTable): ToolVersionPatterns[] {
  return Object.entries(tools)
    .filter(([, t]) => t.versionPatterns.length > 0)
    .map(([tool, t]) => ({ tool, patterns: t.versionPatterns }));
}
