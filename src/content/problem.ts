/** One thing wrong with the content, phrased so a writer can fix it without reading code. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/errors/npm-eresolve.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Dotted field path, e.g. `sources[1].url`, or a body section name. */
  field: string;
  expected: string;
  found: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}\n  ${p.field}: expected ${p.expected}; found ${p.found}`;
}

/** All problems in one readable list, so a writer fixes everything in one pass. */
export function formatProblems(problems: readonly Problem[]): string {
  const n = problems.length;
  return `${n} content problem${n === 1 ? '' : 's'}:\n\n${problems.map(formatProblem).join('\n\n')}\n`;
}

/** A short, safe description of a value for the "found" half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `${JSON.stringify(shown)}${value.length > 60 ? ` (${value.length} characters)` : ''}`;
  }
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}
