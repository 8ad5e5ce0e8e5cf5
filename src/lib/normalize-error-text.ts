/**
 * Turns a raw pasted error (terminal output, IDE popup, log line, JSON body) into
 * the words that identify the error, dropping what varies between people: ids,
 * hashes, paths, URLs, e-mails, timestamps, versions, stack frames, prompts,
 * colours and log prefixes. Shared by the build (index, related errors, near-duplicate
 * check, scaffolding) and the browser (search), so both see the same terms.
 */

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

type Mask = [RegExp, string | ((match: string) => string)];

/** Whole lines that never identify an error. */
const NOISE_LINES: RegExp[] = [
  /^\s*\^+\s*$/, // caret markers
  /^\s*Node\.js v\d+[\d.]*\s*$/,
];

/**
 * Stack frames and the lines every traceback or npm log has, wherever they stand: a paste into a
 * one-line search box arrives with its line breaks turned into spaces (browsers do that to an
 * `<input>`), so a whole-line pattern would miss them, or take everything after them.
 */
const FRAMES: Mask[] = [
  [/\bat (?:async )?(?:new )?[\w$.<>[\]]+(?: \[as [\w$]+\])? \([^()]*:\d+(?::\d+)?\)/g, ' '], // JS frame: at fn (file:1:2)
  [/\bat (?:async )?(?:node:|file:|\/|[A-Za-z]:\\)\S*:\d+(?::\d+)?/g, ' '], // bare JS frame: at node:internal/main:12:3
  [/\bFile "[^"]*", line \d+(?:, in [\w<>.]+)?/g, ' '], // Python frame
  [
    /\b(?:Traceback \(most recent call last\)|During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):?/g,
    ' ',
  ], // Python traceback headers: every traceback has them
  [/\b(?:npm (?:ERR!|error)\s+)?A complete log of this run can be found in:?[^\S\n]*\S*/gi, ' '], // npm's pointer to its log
];

/** Replacements applied in order; each pattern eats one kind of personal or varying text. */
const MASKS: Mask[] = [
  ...FRAMES,
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, ' '], // timestamps
  [/(?<=^|\s)(?:\[(?:[\d\s:.,/TZ+-]+|INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE|FATAL|NOTICE)\]\s*)+/gim, ' '], // [10:00:00] [INFO] log prefixes, also mid-line (line breaks pasted as spaces), not [SSL: …]
  [/^\s*(?:\[(?:bug|feature(?: request)?|question|docs?|enhancement|regression)\]\s*)+:?/gim, ' '], // an issue title's label: "[BUG] …"
  [/^\s*PS [A-Za-z]:\\[^>]*>\s?/gm, ' '], // PowerShell prompt
  [/^\s*[\w.-]+@[\w.-]+:[^\s$#]*[$#]\s/gm, ' '], // user@host:~/dir$ prompt
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b(?![:/])/g, ' '], // e-mail (git@github.com: stays: followed by ':')
  [/\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]m)?\b/gi, ' '], // clock times
  [/\b\d{1,2}\s?[ap]m\b/gi, ' '], // whole hours: "resets 5pm"
  [/\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/g, ' '], // IANA time zones: the reader's own
  [/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b(?:,? \d{4})?/g, ' '], // dates: "resets May 28", "Jul 5th, 2026"
  [/\b(?:https?|wss?|ftp):\/\/[^\s'"`)<>]+/gi, ' '], // URLs: hosts and paths are the reader's own (unix:// socket paths stay, below)
  [/(?<![\w.])(?:[A-Za-z]:)?(?:[\\/][\w.@~+-]+){2,}[\\/]?/g, (m: string) => ` ${m.split(/[\\/]/).filter(Boolean).pop() ?? ''} `], // path → basename
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' '], // UUID
  [
    /\b(?:req|msg|toolu|srvtoolu|chatcmpl|org|proj|sess|run|call|file|user|asst|thread)[_-](?:[A-Za-z0-9]{6,}\b|[A-Za-z0-9]*(?:\.{3,}|…))/g,
    ' ',
  ], // request and object ids, whole or elided ("toolu_01...")
  [/(?<=[A-Za-z_\]])\.\d+\b/g, ' '], // indices in a JSON path: "messages.26.content.1" is the reader's own conversation
  [/\bsk-[A-Za-z0-9_*.-]{4,}/g, ' '], // API keys, masked or not
  [/\bv?\d+\.\d+(?:\.\d+)*(?:[-+][\w.]+)?\b/g, ' '], // versions 2.0.76, v20.1.0-rc.1
  [/\b0x[0-9a-f]+\b/gi, ' '], // hex literals
  [/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,}\b/g, ' '], // lowercase hashes (error codes like 0308010C are uppercase)
  [/\b[0-9A-F]{13,}\b/g, ' '], // long uppercase hex
  [/\b\d{5,}\b/g, ' '], // long numbers: token counts, sizes, ids, line numbers
];

/** Words that carry no signal in an error message. Kept short: error vocabulary ("not", "found", "denied") matters. */
const STOP_WORDS = new Set(
  "a an and are as at be been but by can could do does for from had has have i if in into is it its me my of on or our so than that the their then there these this to was we were will with you your yours it's i'm".split(
    ' ',
  ),
);

/** Spellings of one word across tool versions ("npm ERR!" in npm 6-9, "npm error" in npm 10+). */
const CANONICAL: Record<string, string> = { err: 'error', errors: 'error' };

function applyMasks(text: string): string {
  let out = text;
  for (const [pattern, replacement] of MASKS) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

/**
 * A paste's parts: its lines, sentences and code blocks, split at stack frames too, so a paste that
 * arrives as one line (a search box turns line breaks into spaces) splits where its lines did.
 */
export function pasteSegments(raw: string): string[] {
  let text = raw.replace(/\r\n?/g, '\n');
  for (const [pattern] of FRAMES) text = text.replace(pattern, '\n');
  return text.split(/\n|```|(?<=[.!?])\s+/).filter((segment) => segment.trim());
}

/** The error text with noise removed, whitespace collapsed; still readable. */
export function normalizeErrorText(raw: string): string {
  const lines = raw
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !NOISE_LINES.some((re) => re.test(line)));
  return applyMasks(lines.join('\n')).replace(/\s+/g, ' ').trim();
}

/**
 * Letters and digits of any script (`\p{L}`, `\p{N}`, with combining marks `\p{M}`), so a localized
 * message ("推送一些引用到", "Ошибки", "permissão") yields terms, not only its English codes.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['_][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Scripts written without spaces. A run of them is split from Latin letters next to it
 * ("cursor提示you've" → "cursor", "提示", "you've"). By script extension (`scx`), so marks shared by
 * Han and kana, such as the prolonged sound mark in "インストール" (script Common), stay inside their
 * run; letters only, so "。" ends one.
 */
const UNSPACED = /((?:(?=[\p{L}\p{M}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])+)/gu;

/**
 * Words in such a run, by the dictionary of ICU's word breaker, which Node and Chromium share (the
 * same words in both, checked): "发生内存溢出" → "发生", "内存", "溢出". A run kept whole was one term, so a
 * report that wrote "内存溢出" inside a sentence never met a page that has it, and a ten-word Chinese
 * sentence counted as one word beside its English ones.
 */
const WORDS_IN_RUN = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The text with each run of a script written without spaces split into its words, as `termSequence`
 * reads it. The search index gets its text this way too (`index-records.ts`): an English index splits
 * words at spaces only, so "致命错误：无法读取远程仓库" would be one word there, and a paste holding only
 * "远程仓库" would not find it.
 */
export const spaceOutUnspaced = (text: string): string =>
  text.replace(UNSPACED, (run) => ` ${Array.from(WORDS_IN_RUN.segment(run), (w) => w.segment).join(' ')} `);

/**
 * A single character of a script written without spaces is a word of its own ("错", "模"), for the
 * ranking; most are particles ("的", "に"), so the search looks none of them up (`queryTerms`).
 */
export const UNSPACED_CHAR = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]$/u;

/** Typographic apostrophes (’ ‘ ʼ) as typed by phones and word processors: "you’ve" is "you've". */
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/**
 * Every identifying term of an error text in order, repeats included: the sequence the
 * ranking looks for a page's phrases in. Codes keep their form (`err_require_esm`, `ts2307`,
 * `0308010c`, `rate_limit_error`); their parts follow them, so `rate_limit_error` also matches
 * "rate limit".
 */
export function termSequence(raw: string): string[] {
  const out: string[] = [];
  const add = (t: string) => {
    if (t.length < 2 && !/^\d$/.test(t) && !UNSPACED_CHAR.test(t)) return;
    if (!STOP_WORDS.has(t)) out.push(t);
  };
  const text = spaceOutUnspaced(normalizeErrorText(raw).replace(APOSTROPHES, "'")).toLowerCase();
  for (const word of text.match(WORD) ?? []) {
    const w = word.replace(/'s$/, '');
    add(CANONICAL[w] ?? w);
    if (w.includes('_')) for (const part of w.split('_')) add(CANONICAL[part] ?? part);
  }
  return out;
}

/** The identifying terms of an error text (`termSequence`) in order of first appearance, without duplicates. */
export function errorTerms(raw: string): string[] {
  return [...new Set(termSequence(raw))];
}
