import semver from 'semver';

/**
 * Build-time checks and normalisation of the version ranges pages declare (`versions`,
 * versioned `variants`), with the `semver` package. The browser never loads `semver`:
 * it gets each range normalised to plain comparators (`^1.2.3` → `>=1.2.3 <2.0.0-0`),
 * which `src/lib/versions/verdict.ts` evaluates in a few lines.
 */

/** A version as writers write it: `2.1.186`, `v20.5.0`, `3.11` (→ 3.11.0). Undefined when it is none. */
export function parseVersion(text: string): semver.SemVer | undefined {
  if (!/^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?$/.test(text.trim())) return undefined;
  return semver.parse(text.trim(), { loose: true }) ?? semver.coerce(text.trim(), { includePrerelease: true }) ?? undefined;
}

/** Why `range` is not a semver range, or undefined when it is one. */
export function rangeProblem(range: string): string | undefined {
  return semver.validRange(range) === null ? 'expected a semver range such as ">=17.0.0", "<10.6.0" or ">=18.0.0 <22.0.0"' : undefined;
}

/** `range` as plain comparator sets joined by `||`; `*` for every version. */
export function normalizeRange(range: string): string {
  const normalized = new semver.Range(range).range;
  return normalized === '' ? '*' : normalized;
}

/**
 * Why `fixed` cannot be the fix version of `range`, or undefined when it can: it must be a
 * version, and lie inside the range or at its end (`>=17.0.0 <20.5.0` fixed in `20.5.0`).
 * A fix below the range's minimum, or past its end, contradicts the range.
 */
export function fixedProblem(fixed: string, range: string): string | undefined {
  const version = parseVersion(fixed);
  if (!version) return 'expected a version such as "2.1.186" or "20.5.0"';
  if (semver.validRange(range) === null) return undefined; // the range's own problem is reported
  const parsed = new semver.Range(range);
  if (parsed.test(version)) return undefined;
  const atEnd = parsed.set.some((set) =>
    set.some((c) => c.operator === '<' && semver.eq(`${c.semver.major}.${c.semver.minor}.${c.semver.patch}`, version)),
  );
  if (atEnd) return undefined;
  const min = semver.minVersion(parsed);
  const where = min && semver.lt(version, min) ? `below the range's minimum ${min.version}` : 'outside the range';
  return `expected a fix version inside the range "${range}" or at its end; ${fixed} is ${where}`;
}
