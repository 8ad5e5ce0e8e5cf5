/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxChars` characters;
 * overflow ends the last line with "…". Words longer than a line are cut.
 * Character counts stand in for widths: titles are sized with a margin and the
 * signature uses a monospace font, so counts are exact there.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, maxChars));
      line = '';
      word = word.slice(maxChars);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return kept;
}
