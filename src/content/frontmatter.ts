import { LineCounter, parseDocument } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the first line of the body. */
  bodyLine: number;
  /** 1-based line where a frontmatter field starts, for messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** A YAML syntax error, if the frontmatter could not be read. */
  syntaxError?: { line: number; message: string };
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers for messages. */
export function parseFrontmatter(source: string): ParsedFile {
  const match = FENCE.exec(source);
  if (!match) {
    return { data: undefined, body: source, bodyLine: 1, lineOf: () => undefined };
  }
  const counter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings and are checked by the schema.
  const doc = parseDocument(match[1]!, { lineCounter: counter, schema: 'core', uniqueKeys: true });
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let i = path.length; i > 0; i--) {
      const node = doc.getIn(path.slice(0, i) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line + 1;
    }
    return undefined;
  };
  const bodyLine = match[0].split('\n').length;
  const firstError = doc.errors[0];
  return {
    data: doc.toJS(),
    body: source.slice(match[0].length),
    bodyLine,
    lineOf,
    ...(firstError && {
      syntaxError: { line: (firstError.linePos?.[0]?.line ?? 0) + 1, message: firstError.message.split('\n')[0]! },
    }),
  };
}
