import { normalizeErrorText } from '../../lib/normalize-error-text.ts';
import { SLUG_PATTERN } from '../../schema/slug.ts';
import { signatureText } from './error-text.ts';

/** Placeholder source URL: valid for the schema (so the draft renders), refused as a real source by `tests/unit/content-quality.test.ts`. */
export const TODO_SOURCE_URL = 'https://example.com/TODO-replace-with-a-real-source';

export interface DraftInput {
  /** The raw error text the writer gave. */
  text: string;
  slug: string;
  category: string;
  /** `YYYY-MM-DD` (UTC) written as `updated`. */
  today: string;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const at = head.lastIndexOf(' ');
  return `${(at > max / 2 ? head.slice(0, at) : head).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * The draft page's file content: frontmatter valid against the schema (so
 * `npm run dev` shows it, marked as a draft) with every field a writer must fill
 * marked TODO, and the three required body sections with TODO steps.
 */
export function draftPage({ text, slug, category, today }: DraftInput): string {
  const signature = signatureText(text);
  if (!signature) throw new Error('the error text is empty');
  if (!SLUG_PATTERN.test(slug)) throw new Error(`"${slug}" is not a slug (lowercase letters, digits, single hyphens)`);
  const readable = normalizeErrorText(text) || signature.split('\n')[0]!;
  const title = `TODO: ${truncate(readable, 120 - 'TODO: '.length)}`;
  const indented = signature
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
  const step = (n: number, what: string, command: string, ifNot: string) => `${n}. **TODO: ${what}** Say what to do and why, in your own words.

   \`\`\`sh
   ${command}
   \`\`\`

   **Worked if:** TODO: what the reader sees when this step solved it (an output line, a command that now succeeds).
   **If not:** TODO: ${ifNot}`;

  return `---
# Draft made by \`npm run new\`: replace every TODO, remove \`draft: true\`, then run \`npm run check\`.
# Guide and field reference: CONTRIBUTING.md
title: ${q(title)}
summary: ${q('TODO: one sentence (at most 160 characters): what fails, why, and the fix.')}
signature: |
${indented}
# Other real wordings of the same error (other versions, other clients), one per line.
variants: []
# How people describe the situation in reports, in their own words, each with the report it comes
# from: the search finds a description without any error text in it by these.
symptoms:
  - text: ${q('TODO: a short description in a reporter\'s words (paraphrased, no personal data).')}
    source: ${q(TODO_SOURCE_URL)}
category: ${category}
tools: [${q('TODO')}]
affects: []
causes:
  - ${q('TODO: the most likely cause, in one sentence.')}
quickFixes:
  - ${q('TODO: the quickest safe fix, with the command in `backticks`.')}
prevention: []
sources:
  - title: ${q('TODO: official documentation you read (Publisher: page title)')}
    url: ${q(TODO_SOURCE_URL)}
    kind: official
  - title: ${q('TODO: issue or forum thread you read (owner/repo#number: title)')}
    url: ${q(TODO_SOURCE_URL)}
    kind: issue
updated: ${today}
verified: ${today}
status: open
related: []
draft: true
---

## What this error means

TODO: in your own words, what failed, which tool prints this message and at which moment, and what the parts of the message say. Two short paragraphs at most.

## Why it happens

1. **TODO: most likely cause.** Explain it and how the reader can tell that it applies to them.
2. **TODO: next cause.** Keep the same order as \`causes\` in the frontmatter.

## Troubleshooting steps

${step(1, 'first check: the quickest, safest one.', 'TODO: a command that shows the cause', 'what the result tells them and which step to go to, for example [step 2](#step-2).')}

${step(2, 'the usual fix.', 'TODO: the command that fixes it', 'what to try instead, for example [step 3](#step-3).')}

${step(3, 'the fallback when the usual fix is not enough.', 'TODO: the command for the last resort', 'what to collect before asking for help, and where to ask.')}
`;
}
