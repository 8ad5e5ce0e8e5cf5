import { normalizeRange, parseVersion } from './ranges.ts';
import { canonicalTool, type ToolTable } from './tool-names.ts';
import type { VersionFacts } from './verdict.ts';

interface PageVersionFields {
  status: VersionFacts['status'];
  versions: ReadonlyArray<{ tool: string; range: string; fixed?: string | undefined }>;
  versionedVariants: ReadonlyArray<{ text: string; tool: string; range: string }>;
}

const shortWording = (text: string) => {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * What the browser needs of a page's version fields for a verdict, computed at build time:
 * tool names as `content/tools.json` spells them (what the detector returns), ranges
 * normalised so no semver library ships to the browser, fix versions as full versions.
 * Expects fields the schema has checked (`src/lib/versions/check-ranges.ts`).
 */
export function pageVersionFacts(page: PageVersionFields, tools: ToolTable): VersionFacts {
  return {
    status: page.status,
    ranges: [
      ...page.versions.map((v) => ({
        tool: canonicalTool(v.tool, tools),
        range: normalizeRange(v.range),
        shown: v.range,
        ...(v.fixed !== undefined && { fixed: parseVersion(v.fixed)!.version }),
      })),
      // A wording's first line, cut to what the verdict shows and matches (`src/lib/versions/verdict.ts`).
      ...page.versionedVariants.map((v) => ({
        tool: canonicalTool(v.tool, tools),
        range: normalizeRange(v.range),
        shown: v.range,
        wording: shortWording(v.text),
      })),
    ],
  };
}
