/**
 * Whether the tool version a paste names is affected by an error page, in words a person
 * acts on. Pure and small: it runs in the browser on the search page and on the error page
 * (the same function, so both say the same), on ranges the build normalised to plain
 * comparators (`src/lib/versions/ranges.ts`).
 */
import type { DetectedVersion } from './detect-versions.ts';

/** One version range of a page, as the browser gets it. */
export interface PageRange {
  /** The tool's name as in `content/tools.json`. */
  tool: string;
  /** Normalised comparator sets (`>=17.0.0 <20.5.0||>=21.0.0`), `*` for any version. */
  range: string;
  /** The range as the page writes it, for display. */
  shown: string;
  /** First version without the error, if a release fixed it. */
  fixed?: string;
  /** Set for a versioned variant: the wording only this range of versions prints. */
  wording?: string;
}

/** What a page tells the browser about versions (its search data and a data attribute). */
export interface VersionFacts {
  status: 'open' | 'workaround' | 'fixed' | 'by-design';
  ranges: PageRange[];
}

export type VerdictState = 'affected' | 'not-affected';

export interface Verdict {
  state: VerdictState;
  tool: string;
  version: string;
  /** One or two sentences, plain text. */
  text: string;
}

type Parts = [number, number, number, string];

function parts(version: string, fill = 0): Parts | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?$/.exec(version.trim());
  if (!m) return undefined;
  return [Number(m[1]), m[2] === undefined ? fill : Number(m[2]), m[3] === undefined ? fill : Number(m[3]), m[4] ?? ''];
}

/** semver order; a prerelease (`2.0.0-0`) sorts before its release. */
function compare(a: Parts, b: Parts): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  if (a[3] === b[3]) return 0;
  if (!a[3]) return 1;
  if (!b[3]) return -1;
  return a[3] < b[3] ? -1 : 1;
}

const COMPARATOR = /^(<=|>=|<|>|=)?(.+)$/;

/** Whether `version` lies in a normalised range (see `PageRange.range`). */
export function inRange(version: Parts, range: string): boolean {
  if (range.trim() === '*') return true;
  return range.split('||').some((set) =>
    set
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        const [, op = '=', v = ''] = COMPARATOR.exec(comparator) ?? [];
        const bound = parts(v);
        if (!bound) return false;
        const c = compare(version, bound);
        return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : c === 0;
      }),
  );
}

const first = (text: string, max = 80) => {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const flat = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The part of a versioned wording a paste must contain to count as printing it: its first line,
 * lowercased, up to 40 characters, and cut before its first number when that leaves 16 or more
 * (numbers there are often a time, a size or a port that varies). Text, not search terms:
 * the search's normalizer reads `npm ERR!` and `npm error` as the same words, and these differ.
 */
export function wordingKey(wording: string): string {
  const line = flat(wording.trim().split('\n')[0]!);
  let key = line.length > 40 ? line.slice(0, line.lastIndexOf(' ', 40) > 20 ? line.lastIndexOf(' ', 40) : 40) : line;
  const digit = key.search(/\d/);
  if (digit >= 16) key = key.slice(0, digit);
  return key.trim();
}

/** The keys of the page's versioned wordings the paste contains (what travels to the page with the versions). */
export function matchedWordings(facts: VersionFacts, paste: string): string[] {
  const text = flat(paste);
  return [...new Set(facts.ranges.filter((r) => r.wording && text.includes(wordingKey(r.wording))).map((r) => wordingKey(r.wording!)))];
}

/** The state at one exact version, with the range that decided it. */
function stateAt(version: Parts, ranges: readonly PageRange[]): { state: VerdictState; by?: PageRange; fixedBy?: PageRange } {
  const affectedBy = ranges.find((r) => inRange(version, r.range) && !(r.fixed && compare(version, parts(r.fixed)!) >= 0));
  if (affectedBy) return { state: 'affected', by: affectedBy };
  const fixedBy = ranges.find((r) => r.fixed && compare(version, parts(r.fixed)!) >= 0);
  return fixedBy ? { state: 'not-affected', fixedBy } : { state: 'not-affected' };
}

/**
 * The verdict for the first tool of the paste (`detected`, in paste order) that the page has
 * ranges for; undefined when none has, or when a partial version (`3.11` from a path) could be
 * either side of a bound. A page's own ranges (`versions`) decide for a tool; without them, the
 * ranges of the versioned wordings the paste contains (`matched`, from `matchedWordings`; the
 * longest when several) say whether this version prints that wording.
 */
export function versionVerdict(
  facts: VersionFacts,
  detected: readonly Pick<DetectedVersion, 'tool' | 'version'>[],
  quickFix: string,
  matched: readonly string[] = [],
): Verdict | undefined {
  const fix = quickFix.trim().replace(/\.?$/, '.');
  for (const { tool, version } of detected) {
    const own = facts.ranges.filter((r) => r.tool === tool && !r.wording);
    const wordingsOfTool = facts.ranges.filter((r) => r.tool === tool && r.wording);
    const longest = Math.max(
      0,
      ...wordingsOfTool.filter((r) => matched.includes(wordingKey(r.wording!))).map((r) => wordingKey(r.wording!).length),
    );
    const pasted = wordingsOfTool.filter(
      (r) => longest > 0 && wordingKey(r.wording!).length === longest && matched.includes(wordingKey(r.wording!)),
    );
    const ranges = own.length ? own : pasted;
    if (ranges.length === 0) continue;
    const low = parts(version, 0);
    const high = parts(version, Number.MAX_SAFE_INTEGER);
    if (!low || !high) continue;
    const a = stateAt(low, ranges);
    const b = stateAt(high, ranges);
    if (a.state !== b.state || a.by !== b.by || a.fixedBy !== b.fixedBy) continue; // "3.11" straddles a bound
    const name = `${tool} ${version}`;
    const shown = ranges.map((r) => r.shown).join(' or ');
    let text: string;
    if (own.length) {
      if (a.state === 'affected') {
        const by = a.by!;
        text = by.fixed
          ? `${name} is affected (${tool} ${by.shown}): upgrade to ${tool} ${by.fixed} or later.`
          : facts.status === 'by-design'
            ? `${name} is affected (${tool} ${by.shown}), by design: no release changes this. Instead: ${fix}`
            : facts.status === 'open'
              ? `${name} is affected (${tool} ${by.shown}) and no release fixes it yet: ${fix}`
              : `${name} is affected (${tool} ${by.shown}). What works: ${fix}`;
      } else {
        text = a.fixedBy
          ? `${name} includes the fix (${tool} ${a.fixedBy.fixed}): if you still see this error, something else causes it; check the other causes on the page.`
          : `${name} is not affected (only ${tool} ${shown}): if you see this error, check which ${tool} actually runs, or look at the other results.`;
      }
      // The paste's wording can contradict the version it names (output from another install, a CI image).
      const other = pasted.find((r) => stateAt(low, [r]).state === 'not-affected' && stateAt(high, [r]).state === 'not-affected');
      if (other)
        text += ` The pasted wording “${first(other.wording!)}” comes from ${tool} ${other.shown}, not ${version}: check which ${tool} printed it.`;
    } else if (a.state === 'affected') {
      text = `${name} prints “${first(a.by!.wording!)}” (${tool} ${a.by!.shown}): ${fix}`;
    } else {
      const instead = wordingsOfTool.find((r) => stateAt(low, [r]).state === 'affected' && stateAt(high, [r]).state === 'affected');
      text = `${name} no longer prints “${first(ranges[0]!.wording!)}” (only ${tool} ${shown} does)${
        instead
          ? `: it prints “${first(instead.wording!)}” instead, and the same fixes apply.`
          : '; look for the wording it prints now at the top of the page.'
      }`;
    }
    return { state: a.state, tool, version, text };
  }
  return undefined;
}

/**
 * Compact text for the page's search data and its data attribute; an empty string when the
 * page has no ranges. JSON arrays, trailing empty fields left out, the written range only when
 * it differs from the normalised one: `{"s":"open","r":[["Node.js",">=17.0.0"]]}`.
 */
export function encodeVersionFacts(facts: VersionFacts): string {
  if (facts.ranges.length === 0) return '';
  const rows = facts.ranges.map((r) => {
    const row = [r.tool, r.range, r.shown === r.range ? '' : r.shown, r.fixed ?? '', r.wording ?? ''];
    while (row.length > 2 && row[row.length - 1] === '') row.pop();
    return row;
  });
  return JSON.stringify({ s: facts.status, r: rows });
}

export function decodeVersionFacts(text: string | undefined): VersionFacts | undefined {
  if (!text) return undefined;
  try {
    const { s, r } = JSON.parse(text) as { s: VersionFacts['status']; r: string[][] };
    return {
      status: s,
      ranges: r.map(([tool = '', range = '*', shown, fixed, wording]) => ({
        tool,
        range,
        shown: shown || range,
        ...(fixed ? { fixed } : {}),
        ...(wording ? { wording } : {}),
      })),
    };
  } catch {
    return undefined;
  }
}
