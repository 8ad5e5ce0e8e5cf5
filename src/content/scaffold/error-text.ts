import { errorTerms, normalizeErrorText } from '../../lib/normalize-error-text.ts';
import { idfOver, type ExistingPage } from './existing-pages.ts';

/*
 * Reading a pasted error: the text as it goes into `signature`, its identifying terms,
 * the codes and the tool it names, and the line that states the error.
 */

/** The error text as it goes into `signature`: the writer's paste, trimmed, without colour codes or control characters. */
export function signatureText(raw: string): string {
  return raw
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\r\n?/g, '\n')
    // YAML block scalars refuse control characters; keep tabs and newlines.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Quoted parts of a text: module, file, branch and package names, which differ for everyone. */
export const QUOTED = /(?<!\w)'[^'\n]*'(?!\w)|"[^"\n]*"|`[^`\n]*`|‘[^’\n]*’|“[^”\n]*”/g;

/**
 * The error's terms without those found only inside quotes (module, file, branch
 * and package names differ for everyone), except terms existing pages use in their
 * wordings when they are codes or double-quoted (JSON bodies quote their error
 * types and messages: "overloaded_error").
 */
export function identifyingTerms(raw: string, pages: readonly ExistingPage[]): string[] {
  const normalized = normalizeErrorText(raw);
  const outside = new Set(errorTerms(normalized.replace(QUOTED, ' ')));
  const doubleQuoted = new Set(errorTerms((normalized.match(/"[^"\n]*"|“[^”\n]*”/g) ?? []).join(' ')));
  const known = new Set(pages.flatMap((p) => [p.signature, ...p.variants].flatMap(errorTerms)));
  return errorTerms(raw).filter((t) => outside.has(t) || (known.has(t) && (t.includes('_') || doubleQuoted.has(t))));
}

/**
 * Error codes written in the text: `ERESOLVE`, `EADDRINUSE`, `ERR_REQUIRE_ESM`,
 * `TS2307`, `0308010C`, `rate_limit_error`, and HTTP statuses after a word like
 * "status" or "Error:". Returned as terms (lowercase), in that order of kinds.
 */
export function errorCodes(raw: string): string[] {
  const text = normalizeErrorText(raw);
  const patterns = [
    /\b(?:E[A-Z]{3,}|ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g, // ENOENT, ERR_REQUIRE_ESM, ERR_PNPM_OUTDATED_LOCKFILE
    /\b(?:TS|CS|C|E|SC|DL|PEP)\d{3,5}\b/g, // TS2307, C2065, E0425, SC2086, PEP668
    /\b(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{6,12}\b/g, // 0308010C
    /\b[a-z]+(?:_[a-z]+)*_(?:error|exceeded|invalid|not_found|denied|quota)\b/g, // rate_limit_error, context_length_exceeded, insufficient_quota
    /\b(?:status|code|error|HTTP)[:\s]+([1-5]\d\d)\b/gi, // status 429, Error: 401
    /^([1-5]\d\d)\b/g, // 404 Not Found
  ];
  const codes: string[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const code = (m[1] ?? m[0]).toLowerCase();
      if (!/^(?:err|error|errors|eof)$/.test(code) && !codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}

/** The most identifying error code in the text: the rarest among existing pages (first written on a tie). */
export function errorCode(raw: string, pages: readonly ExistingPage[] = []): string | undefined {
  const idf = idfOver(pages);
  let best: { code: string; weight: number } | undefined;
  for (const code of errorCodes(raw)) {
    const weight = idf(code);
    if (!best || weight > best.weight) best = { code, weight };
  }
  return best?.code;
}

/** The tool an error names, from the tool names of existing pages ("npm", "Docker", "Git"...): the earliest one in the text. */
export function errorTool(raw: string, pages: readonly ExistingPage[]): string[] | undefined {
  const terms = errorTerms(normalizeErrorText(raw).replace(QUOTED, ' '));
  const position = new Map(terms.map((t, i) => [t, i]));
  let best: { terms: string[]; at: number } | undefined;
  const seen = new Set<string>();
  for (const tool of pages.flatMap((p) => p.tools)) {
    const toolTerms = errorTerms(tool).filter((t) => t !== 'js');
    const key = toolTerms.join(' ');
    if (!toolTerms.length || seen.has(key)) continue;
    seen.add(key);
    if (!toolTerms.every((t) => position.has(t))) continue;
    const at = position.get(toolTerms[0]!)!;
    if (!best || at < best.at || (at === best.at && toolTerms.length > best.terms.length)) best = { terms: toolTerms, at };
  }
  return best?.terms;
}

const ERROR_LINE = /\b(?:err!?|error|fatal|panic|exception|failed|denied|refused|cannot|can't|unable)\b|[a-z](?:Error|Exception)\b/i;

/**
 * The line of a multi-line paste that states the error: the first one with a word
 * like "error", "fatal", "denied" or an exception name (a Python traceback's last
 * line, not its source lines). The whole text when no line says so.
 */
export function errorLine(raw: string): string {
  const lines = raw.split(/\r?\n/).filter((line) => normalizeErrorText(line));
  return lines.find((line) => ERROR_LINE.test(normalizeErrorText(line))) ?? raw;
}
