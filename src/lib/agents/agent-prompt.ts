import { codeFence } from './markdown-syntax.ts';

/** The first line of a step or cause: its bold lead when it has one ("**Stop that process.** Why…" → "Stop that process."). */
function leadLine(markdown: string): string {
  const bold = /^\*\*(.+?)\*\*/.exec(markdown);
  return (bold?.[1] ?? markdown.split('\n')[0]!).trim();
}

export interface PromptPage {
  title: string;
  signature: string;
  causes: readonly string[];
  steps: ReadonlyArray<{ url: string; markdown: string }>;
  quickFix: string;
  url: string;
  markdownUrl: string;
}

/**
 * What "Copy as prompt" puts on the clipboard: a message for a coding agent with the error,
 * the page's causes and steps (each step's lead and its `#step-N` link) and where to read the
 * whole page. The agent is asked to check before acting, since the page covers several causes.
 */
export function agentPrompt(p: PromptPage): string {
  return [
    `I hit this error:`,
    '',
    codeFence(p.signature.trim()),
    '',
    `The page "${p.title}" (${p.url}) lists these causes, most likely first:`,
    '',
    ...p.causes.map((c, i) => `${i + 1}. ${c}`),
    '',
    `Quick fix: ${p.quickFix}`,
    '',
    'Troubleshooting steps, in order (each link opens that step):',
    '',
    ...p.steps.map((s, i) => `${i + 1}. ${leadLine(s.markdown)} ${s.url}`),
    '',
    `The whole page as Markdown: ${p.markdownUrl}`,
    '',
    'Find out which cause applies here before changing anything, then work through the steps in order, and tell me what each one showed.',
  ].join('\n');
}
