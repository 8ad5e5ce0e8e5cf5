/**
 * Reads tool versions out of a pasted error: `Node.js v18.19.0` under a stack trace,
 * `git version 2.43.0`, `pip 22.3.1 from …`, `info using npm@10.9.0` in an npm log,
 * `Version: 2.1.147` in a Claude Code report. Which lines name which tool is data, not
 * code: the `versionPatterns` of `content/tools.json`. Pure, so the browser runs it on
 * the raw paste (the search's normalizer drops versions) and the tests run it directly.
 */

export const VERSION_PLACEHOLDER = '{version}';

/** What `{version}` stands for: major.minor with an optional patch; a leading `v` belongs to the pattern. */
const VERSION = '(?<version>\\d+(?:\\.\\d+){1,2})(?!\\d)';

/** One tool's patterns as sent to the browser (`content/tools.json`, minus aliases). */
export interface ToolVersionPatterns {
  tool: string;
  patterns: ReadonlyArray<string | { pattern: string; when: string }>;
}

export interface DetectedVersion {
  /** The tool's name as in `content/tools.json` (and pages' `tools`). */
  tool: string;
  /** As written in the paste, without a leading `v`: `18.19.0`, or `3.11` from a `python3.11/` path. */
  version: string;
  /** Where in the paste it was found, for ordering. */
  index: number;
}

/** Case-insensitive, `^` and `$` at line ends, global (every match is tried). */
export function compilePattern(source: string): RegExp {
  return new RegExp(source.replace(VERSION_PLACEHOLDER, VERSION), 'gim');
}

const compiled = new WeakMap<ToolVersionPatterns['patterns'], Array<{ re: RegExp; when?: RegExp }>>();

function compiledPatterns(tool: ToolVersionPatterns) {
  let list = compiled.get(tool.patterns);
  if (!list) {
    list = tool.patterns.map((p) =>
      typeof p === 'string' ? { re: compilePattern(p) } : { re: compilePattern(p.pattern), when: new RegExp(p.when, 'im') },
    );
    compiled.set(tool.patterns, list);
  }
  return list;
}

/**
 * Every tool whose version the paste names, each once (its first mention), in paste order.
 * One line can name several tools: `pip 22.3.1 from … (python 3.11)` gives pip and Python.
 */
export function detectVersions(paste: string, tools: readonly ToolVersionPatterns[]): DetectedVersion[] {
  const text = paste.replace(/\r\n?/g, '\n');
  const found: DetectedVersion[] = [];
  for (const tool of tools) {
    let best: DetectedVersion | undefined;
    for (const { re, when } of compiledPatterns(tool)) {
      if (when && !when.test(text)) continue;
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const version = m.groups?.version;
        if (!version) continue;
        const index = m.index + m[0].indexOf(version);
        if (!best || index < best.index) best = { tool: tool.tool, version, index };
        break; // the first match of this pattern is its earliest
      }
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => a.index - b.index || (a.tool < b.tool ? -1 : 1));
}
