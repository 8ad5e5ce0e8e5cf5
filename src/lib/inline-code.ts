/** Splits frontmatter text on backticks: odd parts are code. "Run `npm ci`" → [text, code]. */
export function inlineCodeParts(text: string): Array<{ code: boolean; text: string }> {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== '');
}

/** The text as it reads, backticks gone: "Run `npm ci`" → "Run npm ci". */
export const plainText = (text: string): string =>
  inlineCodeParts(text)
    .map((p) => p.text)
    .join('');
