import type { z } from 'astro/zod';
import type { SourceFile } from './check-content.ts';
import type { Problem } from './problem.ts';

/**
 * A dotted field path for messages: `sources[1].url`. With `quoteRoot`, the first key is quoted,
 * for files keyed by names that are not field names (`"Node.js".aliases` in tools.json).
 */
export const fieldName = (path: readonly PropertyKey[], { quoteRoot = false } = {}) =>
  path.reduce<string>((acc, key, i) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = i === 0 && quoteRoot ? JSON.stringify(key) : String(key);
    return acc ? `${acc}.${name}` : name;
  }, '');

/** The value at a field path, for the "found" half of a message. */
export const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, key) => (v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);

/**
 * A content JSON file read through its schema: the data, or `empty` and the problems: that it is
 * not JSON, or the schema's issues as `problemsOf` words them (given the file's parsed JSON).
 */
export function parseJsonFile<T>(
  file: SourceFile,
  schema: z.ZodType<T>,
  empty: T,
  problemsOf: (raw: unknown, error: z.ZodError) => Problem[],
): { data: T; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(file.source);
  } catch (e) {
    return { data: empty, problems: [{ file: file.path, field: '(file)', expected: 'valid JSON', found: (e as Error).message }] };
  }
  const result = schema.safeParse(raw);
  return result.success ? { data: result.data, problems: [] } : { data: empty, problems: problemsOf(raw, result.error) };
}
