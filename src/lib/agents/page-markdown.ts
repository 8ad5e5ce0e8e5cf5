import type { ErrorPage, Source } from '../../schema/error-page.ts';
import { isoDate } from '../format-date.ts';
import { statusLabel } from '../status-label.ts';
import { LABELS } from '../search/index-contract.ts';
import { bodyMarkdown, type PageAddress } from './body-markdown.ts';
import { codeFence, codeSpan } from './markdown-syntax.ts';

/** What the Markdown and JSON twins of an error page are made of: its frontmatter, MDX body and address. */
export interface TwinSource {
  slug: string;
  data: ErrorPage;
  categoryTitle: string;
  /** The MDX body, as written. */
  body: string;
  address: PageAddress;
}

const sourceKind: Record<Source['kind'], string> = { official: 'official docs', issue: 'issue', forum: 'forum', article: 'article' };

const section = (heading: string, lines: readonly string[]) => (lines.length ? [`## ${heading}`, '', ...lines, ''] : []);

/**
 * `/errors/<slug>.md`: the page as clean Markdown for people and coding agents, in the page's
 * order (title, signature, meaning, causes, quick fix, steps with their `#step-N` links, sources).
 */
export function pageMarkdown({ data, categoryTitle, body, address }: TwinSource): string {
  const facts = [
    `- Category: ${categoryTitle}`,
    `- Tools: ${data.tools.join(', ')}`,
    `- Status: ${statusLabel(data.status, data.fixedIn)}`,
    ...(data.affects.length ? [`- ${LABELS.affects} ${data.affects.join(', ')}`] : []),
    `- Updated: ${isoDate(data.updated)}`,
    `- Last verified: ${isoDate(data.verified)}`,
    `- Page: ${address.pageUrl}`,
  ];
  return [
    `# ${data.title}`,
    '',
    `> ${data.summary}`,
    '',
    ...facts,
    '',
    ...section('The error', [
      codeFence(data.signature.trim()),
      ...(data.variants.length
        ? ['', `${LABELS.variants(data.variants.length)}:`, '', ...data.variants.map((v) => `- ${codeSpan(v)}`)]
        : []),
    ]),
    ...section(LABELS.quickFix, [...data.quickFixes.map((f, i) => `${i + 1}. ${f}`), '', `${LABELS.likelyCause} ${data.causes[0]}`]),
    bodyMarkdown(body, address),
    '',
    ...section(
      'How to prevent it',
      data.prevention.map((p) => `- ${p}`),
    ),
    ...section(
      'Sources',
      data.sources.map(
        (s, i) =>
          `${i + 1}. [${s.title.replace(/[[\]]/g, '\\$&')}](${s.url}) (${sourceKind[s.kind]}${s.date ? `, ${isoDate(s.date)}` : ''})`,
      ),
    ),
    ...section(
      'FAQ',
      data.faq.flatMap((f) => [`### ${f.question}`, '', f.answer, '']),
    ),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}
