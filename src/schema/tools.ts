import { z } from 'astro/zod';
import { VERSION_PLACEHOLDER, compilePattern } from '../lib/versions/detect-versions.ts';

const text = z.string().trim().min(1, 'expected non-empty text');

/** A regular expression (JavaScript syntax, case-insensitive, `^`/`$` per line). */
const regexSource = text.refine((s) => {
  try {
    new RegExp(s, 'im');
    return true;
  } catch {
    return false;
  }
}, 'expected a valid regular expression');

/** A regular expression (JavaScript syntax, matched case-insensitively, `^`/`$` per line) with one `{version}` in it. */
const patternSource = text.superRefine((source, ctx) => {
  const count = source.split(VERSION_PLACEHOLDER).length - 1;
  if (count !== 1) {
    ctx.addIssue({ code: 'custom', message: `expected a pattern with exactly one ${VERSION_PLACEHOLDER} in it` });
    return;
  }
  try {
    compilePattern(source);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `expected a valid regular expression (${(e as Error).message})` });
  }
});

/** A version pattern, optionally only used when the paste also matches `when` (for generic lines like `Version: 2.1.147`). */
export const versionPatternSchema = z.union([
  patternSource,
  z.strictObject({
    /** The pattern itself. */
    pattern: patternSource,
    /** A regular expression the paste must also contain somewhere, e.g. `Feedback ID` for a Claude Code report. */
    when: regexSource,
  }),
]);

/**
 * One entry of `content/tools.json`: the key is the tool's name as pages write it in `tools`
 * and `versions[].tool` ("Node.js", "Claude Code"). The one place for tool aliases.
 */
export const toolSchema = z.strictObject({
  /** Other names people write for the tool ("node", "nodejs"), compared case-insensitively. */
  aliases: z.array(text).default([]),
  /** How pastes show the tool's version: `Node.js v{version}`, `git version {version}`. */
  versionPatterns: z.array(versionPatternSchema).default([]),
  /**
   * Text that shows this tool printed a paste (regular expressions, case-insensitive, on the raw
   * paste): SDK paths and packages, CLI names and prompts, API hosts. The search does not call a
   * page whose tools are none of the evidenced ones a strong match (`src/lib/search/tool-evidence.ts`).
   */
  evidence: z.array(regexSource).default([]),
});

export const toolsSchema = z.record(text, toolSchema);

export type Tools = z.output<typeof toolsSchema>;
export type VersionPattern = z.output<typeof versionPatternSchema>;
