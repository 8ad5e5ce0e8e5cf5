import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/content/check-content.ts';
import { countSteps } from '../../src/content/body-sections.ts';
import { readContent } from '../../src/content/read-content.ts';
import { absoluteLinks } from '../../src/lib/agents/body-markdown.ts';
import { pageMarkdown, type TwinSource } from '../../src/lib/agents/page-markdown.ts';
import { pageData } from '../../src/lib/agents/page-data.ts';
import { agentPrompt } from '../../src/lib/agents/agent-prompt.ts';
import { llmsTxt } from '../../src/lib/agents/llms-txt.ts';
import { codeFence, codeSpan } from '../../src/lib/agents/markdown-syntax.ts';

const { categoriesFile, pageFiles } = readContent(process.cwd());
const pages = checkContent(categoriesFile, pageFiles).pages.filter((p) => !p.data.draft);
const siteUrl = 'https://kb.example/kb/';
const sources: TwinSource[] = pages.map((p) => ({
  slug: p.slug,
  data: p.data,
  categoryTitle: p.data.category,
  body: p.body,
  address: { pageUrl: `${siteUrl}errors/${p.slug}/`, siteUrl },
}));

test('every real page: the Markdown twin has the signature, quick fixes, sources and one absolute #step-N link per step', () => {
  for (const source of sources) {
    const md = pageMarkdown(source);
    const { pageUrl } = source.address;
    assert.ok(md.startsWith(`# ${source.data.title}\n`), source.slug);
    assert.ok(md.includes(`\n${source.data.signature.trim()}\n`), `${source.slug}: signature`);
    for (const fix of source.data.quickFixes) assert.ok(md.includes(fix), `${source.slug}: quick fix`);
    for (const s of source.data.sources) assert.ok(md.includes(`](${s.url})`), `${source.slug}: source ${s.url}`);
    const steps = [...md.matchAll(/^\d+\. \[#step-(\d+)\]\(([^)]+)\) /gm)];
    assert.equal(steps.length, countSteps(source.body), `${source.slug}: steps`);
    steps.forEach((m, i) => assert.equal(m[2], `${pageUrl}#step-${i + 1}`));
    assert.doesNotMatch(md, /\]\((?:#|\/(?!\/))/, `${source.slug}: a link is still relative`);
    assert.doesNotMatch(md, /\n\n\n/, `${source.slug}: stray blank lines`);
  }
});

test('every real page: the JSON twin holds the frontmatter (dates as YYYY-MM-DD) and the steps', () => {
  for (const source of sources) {
    const data = JSON.parse(JSON.stringify(pageData(source, { markdown: 'x.md' })));
    assert.equal(data.signature, source.data.signature);
    assert.deepEqual(data.causes, source.data.causes);
    assert.match(data.updated, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(data.draft, undefined);
    assert.equal(data.steps.length, countSteps(source.body));
    assert.match(data.steps[0].markdown, /^\S/);
  }
});

test('"Copy as prompt" text: the error, every cause, every step link and the page', () => {
  const source = sources.find((s) => countSteps(s.body) >= 3)!;
  const steps = pageData(source, { markdown: 'x.md' }).steps;
  const prompt = agentPrompt({
    title: source.data.title,
    signature: source.data.signature,
    causes: source.data.causes,
    steps,
    quickFix: source.data.quickFixes[0]!,
    url: source.address.pageUrl,
    markdownUrl: `${siteUrl}errors/${source.slug}.md`,
  });
  assert.ok(prompt.includes(source.data.signature.trim()));
  for (const cause of source.data.causes) assert.ok(prompt.includes(cause));
  for (const step of steps) assert.ok(prompt.includes(` ${step.url}\n`));
  assert.doesNotMatch(prompt, /\*\*/, 'step leads without their bold markers');
});

test('links: page anchors and site paths become absolute under the base path; others stay', () => {
  const address = { pageUrl: `${siteUrl}errors/a/`, siteUrl };
  assert.equal(
    absoluteLinks('[step 2](#step-2), [b](/errors/b/), [kb](/kb/errors/c/), [x](https://x.dev/), [p](//cdn.x/y)', address),
    '[step 2](https://kb.example/kb/errors/a/#step-2), [b](https://kb.example/kb/errors/b/), [kb](https://kb.example/kb/errors/c/), [x](https://x.dev/), [p](//cdn.x/y)',
  );
});

test('code spans and fences survive backticks in the error', () => {
  assert.equal(codeSpan('The model `gpt-4` does not exist'), '``The model `gpt-4` does not exist``');
  assert.equal(codeSpan('`x`'), '`` `x` ``');
  assert.equal(codeFence('a\n```\nb'), '````text\na\n```\nb\n````');
});

test('llms.txt lists every page with its Markdown link and summary', () => {
  const txt = llmsTxt(
    { name: 'KB', tagline: 't', fullUrl: `${siteUrl}llms-full.txt`, searchUrl: `${siteUrl}search/` },
    sources.map((s) => ({
      title: s.data.title,
      markdownUrl: `${siteUrl}errors/${s.slug}.md`,
      summary: s.data.summary,
      categoryTitle: s.categoryTitle,
    })),
  );
  for (const s of sources) assert.ok(txt.includes(`](${siteUrl}errors/${s.slug}.md): ${s.data.summary}\n`), s.slug);
  assert.match(txt, /^# KB\n\n> t\n/);
});
