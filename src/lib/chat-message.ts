/**
 * The text "Copy for chat" puts on the clipboard. Plain lines and one code span,
 * which Slack, Teams and Discord all render; the bare URL on its own line unfurls.
 */
export function chatMessage(p: { title: string; signature: string; quickFix: string; url: string }): string {
  const firstLine =
    p.signature
      .trim()
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const code = firstLine.length > 160 ? `${firstLine.slice(0, 157)}…` : firstLine;
  // A backtick inside the error would end the code span early.
  const span = code.includes('`') ? `\`\`${code}\`\`` : `\`${code}\``;
  return `${p.title}\n${span}\nQuick fix: ${p.quickFix.replace(/`/g, '')}\n${p.url}`;
}
