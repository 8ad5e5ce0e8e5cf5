/**
 * Synthetic error pages for scale tests: `node tests/bench/generate-pages.ts --pages N --out DIR [--seed S]`
 * writes `DIR/categories.json` (a copy of the real one) and `DIR/errors/*.mdx`, valid against
 * the schema and the body rules. Build them with `KB_CONTENT_DIR=DIR`. Deterministic per seed.
 * Pages are shaped like real ones (frontmatter fields, three body sections, steps with code
 * blocks, ~700 words) so build cost per page is comparable; the text is plausible, not true.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nearDuplicates } from '../../src/lib/near-duplicates.ts';

const CATEGORIES_FILE = fileURLToPath(new URL('../../content/categories.json', import.meta.url));

/** mulberry32: tiny, fast, and good enough for picking words. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sample = <T>(xs: readonly T[], k: number): T[] => [...xs].map((x) => [next(), x] as const).sort((p, q) => p[0] - q[0]).slice(0, k).map(([, x]) => x);
  return { next, int, pick, sample, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

const UP = ['LOCKFILE', 'MANIFEST', 'HANDSHAKE', 'QUOTA', 'SCOPE', 'TOKEN', 'CACHE', 'SCHEMA', 'PEER', 'REGISTRY', 'SOCKET', 'SIGNATURE', 'TIMEOUT', 'LAYER', 'MOUNT', 'INDEX', 'PATCH', 'BUDGET', 'STREAM', 'DIGEST'];
const UP2 = ['DRIFT', 'STALE', 'MISMATCH', 'REJECTED', 'EXPIRED', 'MISSING', 'CONFLICT', 'OVERFLOW', 'LOCKED', 'INVALID', 'TRUNCATED', 'DENIED', 'UNSUPPORTED', 'CORRUPT', 'DETACHED'];
const PRE = ['REQUEST', 'BATCH', 'TOOL', 'MODEL', 'FILE', 'USAGE', 'ORG', 'BILLING', 'WORKSPACE', 'CONFIG', 'PLUGIN', 'NETWORK'];
const low = (xs: string[]) => xs.map((x) => x.toLowerCase());
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Per category: who prints the error, what it is about, and how codes look there. */
const FLAVORS: Record<string, { prefix: string; cli: string; tools: string[]; subjects: string[]; code: (r: Rng) => string; commands: string[] }> = {
  'ai-coding-tools': { prefix: 'ai', cli: 'claude', tools: ['Claude Code', 'Cursor', 'GitHub Copilot', 'Windsurf', 'Aider', 'Cline', 'Continue'], subjects: ['MCP server', 'tool call', 'session transcript', 'context window', 'hook script', 'permission rule', 'slash command', 'subagent', 'workspace index', 'auth token'], code: (r) => (r.chance(0.5) ? `${r.pick(UP)}_${r.pick(UP2)}` : `E${r.int(1000, 9999)}`), commands: ['claude doctor', 'claude mcp list', 'claude --debug', 'cat ~/.claude/settings.json', 'code --list-extensions', 'ls -la ~/.cursor/'] },
  'anthropic-api': { prefix: 'anthropic', cli: 'curl', tools: ['Claude API', 'Anthropic Python SDK', 'Anthropic TypeScript SDK', 'Amazon Bedrock', 'Google Vertex AI', 'LiteLLM'], subjects: ['message batch', 'tool_use block', 'system prompt', 'thinking budget', 'cache breakpoint', 'image block', 'stop sequence', 'file upload', 'streaming response', 'workspace key'], code: (r) => (r.chance(0.3) ? `${r.pick(low(UP))}_${r.pick(low(UP2))}_error` : `${r.pick(low(PRE))}_${r.pick(low(UP))}_${r.pick(low(UP2))}`), commands: ['curl -sS https://api.anthropic.com/v1/models -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01"', 'pip show anthropic', 'npm ls @anthropic-ai/sdk', 'env | grep -o "^ANTHROPIC_[A-Z_]*"'] },
  'openai-api': { prefix: 'openai', cli: 'openai', tools: ['OpenAI API', 'openai-python', 'openai-node', 'Azure OpenAI', 'LangChain', 'LlamaIndex'], subjects: ['assistant run', 'vector store', 'fine-tuning job', 'batch file', 'response schema', 'function call', 'embedding request', 'realtime session', 'organization header', 'project key'], code: (r) => (r.chance(0.3) ? `${r.pick(low(UP))}_${r.pick(low(UP2))}` : `${r.pick(low(PRE))}_${r.pick(low(UP))}_${r.pick(low(UP2))}`), commands: ['curl -sS https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY" | head -c 300', 'pip show openai', 'npm ls openai', 'env | grep -o "^OPENAI_[A-Z_]*"'] },
  'node-npm': { prefix: 'npm', cli: 'npm', tools: ['npm', 'Node.js', 'pnpm', 'Yarn', 'Vite', 'webpack', 'esbuild'], subjects: ['peer dependency', 'lockfile', 'workspace package', 'postinstall script', 'exports map', 'native addon', 'registry token', 'npx cache', 'engines field', 'optional dependency'], code: (r) => `ERR_${r.chance(0.3) ? 'PNPM' : r.pick(PRE)}_${r.pick(UP)}_${r.pick(UP2)}`, commands: ['npm ls --all | head -40', 'npm cache verify', 'npm config get registry', 'node --version && npm --version', 'rm -rf node_modules package-lock.json && npm install', 'npm explain <package>'] },
  git: { prefix: 'git', cli: 'git', tools: ['Git', 'GitHub', 'GitLab', 'Bitbucket', 'Git LFS', 'Git Credential Manager'], subjects: ['upstream branch', 'submodule', 'packfile', 'credential helper', 'sparse checkout', 'signed commit', 'pre-receive hook', 'shallow clone', 'LFS object', 'protected branch'], code: (r) => (r.chance(0.5) ? `GH${r.int(100, 999)}` : `GL-${r.int(1000, 9999)}`), commands: ['git status -sb', 'git remote -v', 'git config --show-origin --get-all credential.helper', 'GIT_TRACE=1 git fetch origin', 'git lfs env', 'git log --oneline -5'] },
  docker: { prefix: 'docker', cli: 'docker', tools: ['Docker Engine', 'Docker Desktop', 'Docker Compose', 'Docker Buildx', 'containerd', 'BuildKit'], subjects: ['build cache', 'overlay2 layer', 'bind mount', 'healthcheck', 'compose profile', 'registry mirror', 'buildx builder', 'network bridge', 'image manifest', 'secret mount'], code: (r) => (r.chance(0.5) ? `${r.pick(UP)}_${r.pick(UP2)}` : `DKR${r.int(1000, 9999)}`), commands: ['docker info --format "{{.ServerVersion}} {{.Driver}}"', 'docker system df', 'docker buildx ls', 'docker compose config', 'docker inspect <container> --format "{{.State.Health.Status}}"', 'docker logs --tail 50 <container>'] },
  python: { prefix: 'py', cli: 'pip', tools: ['pip', 'Python', 'Poetry', 'uv', 'conda', 'setuptools', 'virtualenv'], subjects: ['wheel build', 'virtual environment', 'lock file', 'namespace package', 'build backend', 'site-packages', 'extras marker', 'C extension', 'requirements file', 'editable install'], code: (r) => (r.chance(0.5) ? `${cap(r.pick(low(UP)))}${cap(r.pick(low(UP2)))}Error` : `PY${r.int(1000, 9999)}`), commands: ['python -m pip --version', 'python -c "import sys; print(sys.prefix)"', 'pip check', 'pip install --verbose <package> 2>&1 | tail -30', 'uv pip list', 'which -a python python3'] },
  'web-typescript': { prefix: 'ts', cli: 'tsc', tools: ['TypeScript', 'Vite', 'Next.js', 'ESLint', 'Chrome', 'Firefox', 'Vitest'], subjects: ['type declaration', 'module specifier', 'generic constraint', 'path alias', 'CORS preflight', 'service worker', 'import attribute', 'JSX runtime', 'decorator metadata', 'source map'], code: (r) => `TS${r.int(1000, 9999)}`, commands: ['npx tsc --noEmit --traceResolution | head -40', 'npx tsc --showConfig', 'npm ls typescript', 'curl -sI -X OPTIONS https://api.local.dev/ -H "Origin: http://localhost:5173"'] },
};

const PREDICATES = ['is out of date', 'could not be resolved', 'was rejected by the server', 'does not match the expected checksum', 'exceeded the allowed size', 'is missing a required field', 'timed out after several retries', 'is locked by another process', 'has an invalid signature', 'was not found', 'is not allowed in this context', 'conflicts with an existing entry', 'returned an empty response', 'failed validation', 'was closed unexpectedly', 'is marked as deprecated', 'could not be parsed', 'refused the connection', 'points to a missing target', 'requires a newer runtime', 'has the wrong permissions', 'was truncated', 'is already in use', 'exceeded its quota'];
const OBJECTS = ['default profile', 'staging workspace', 'release branch', 'cached manifest', 'shared runner', 'nightly channel', 'local mirror', 'CI cache', 'monorepo root', 'remote origin', 'team plan', 'read-only volume', 'proxy endpoint', 'legacy config', 'pinned version', 'temporary directory', 'fallback region', 'primary index', 'project settings', 'default registry', 'build container', 'test harness', 'sandbox user', 'home directory'];
const ORGS = ['northwind', 'lumen', 'quarry', 'bramble', 'copperline', 'tidewater', 'saltbox', 'ironleaf', 'marlin', 'oakridge'];
const ORG_SUFFIX = ['-labs', '-dev', '-oss', '-tools', 'hq', '-io'];
/** [short title, what happened]: the title heads the cause in the body, the rest is the frontmatter cause. */
const CAUSES = [
  ['Old format', 'an older release wrote it in a format the current one no longer reads'],
  ['Something in between', 'a proxy, VPN or corporate gateway rewrites the request on the way'],
  ['Two writers', 'two processes touch it at the same time and the second sees a half-written copy'],
  ['Another value wins', 'a setting from the environment overrides the one in the config file'],
  ['Stale cache', 'the cache still holds a copy from before the last upgrade'],
  ['Missing permission', 'the account or plan lacks the permission the operation needs'],
  ['Different user on CI', 'a CI job runs with a different user, home directory and network path'],
  ['Changed default', 'a default changed in a recent minor release and the old behaviour was relied on'],
];
const FIXES = ['clear the cached copy and run the command again', 'update the tool and retry', 'point the tool at the right config file', 'remove the stale entry and regenerate it', 'run it once with debug output to see which value wins'];

export interface GeneratedPage { slug: string; category: string; title: string }

interface Spec extends GeneratedPage { tool: string; tools: string[]; code: string; subject: string; predicate: string; object: string; template: number; flavor: (typeof FLAVORS)[string] }

function signatureFor(s: Spec, r: Rng): string {
  const path = `/home/dev/${s.slug.split('-')[0]}-app/src/${r.pick(['index', 'client', 'worker', 'build', 'main'])}.js`;
  const S = cap(s.subject);
  switch (s.template) {
    case 0: return `${s.flavor.cli} error ${s.code}: ${S} ${s.predicate} (${s.object})`;
    case 1: return `Error [${s.code}]: ${S} ${s.predicate} in ${s.object}\n    at ${r.pick(['loadConfig', 'resolveEntry', 'runTask', 'openSession'])} (${path}:${r.int(10, 400)}:${r.int(2, 40)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
    case 2: return `{"type":"error","error":{"type":"${s.code}","message":"${S} ${s.predicate} for ${s.object}"}}`;
    case 3: return `fatal: ${s.subject} ${s.predicate}: ${s.object}\nhint: ${s.code}; see '${s.flavor.cli} help ${s.subject.split(' ')[0]!.toLowerCase()}'`;
    case 4: return `ERROR: ${s.code} ${s.subject} ${s.predicate} while reading ${s.object} at ${path}`;
    default: return `${s.tool} failed: ${s.code}\n  ${S} ${s.predicate}.\n  Context: ${s.object}`;
  }
}

/** Prose sentences with slots; several per page, picked at random, so pages do not share paragraphs. */
const MEANS: Array<(s: Spec) => string> = [
  (s: Spec) => `Nothing is wrong with your own code in most reports: the ${s.subject} is state that ${s.tool} keeps between runs, and it no longer agrees with the ${s.object}.`,
  (s: Spec) => `The message appears at the moment ${s.tool} reads the ${s.subject}, usually right after an upgrade, a change of account, or a switch between machines that share the ${s.object}.`,
  (s: Spec) => `Other tools print the same condition with different words; what they share is \`${s.code}\` and the phrase "${s.predicate}", which is what the search on this site matches.`,
  () => `The error is reported once per run, so a retry loop in a script can hide it until a log is read; the first occurrence in the log is the useful one.`,
  (s: Spec) => `When the ${s.object} is shared with teammates or a CI runner, the error can appear for one person and not another, which points at local state rather than at the project.`,
  (s: Spec) => `Paths, request ids and timestamps around the message differ from machine to machine and say nothing about the cause; the code and the name of the ${s.subject} do.`,
  (s: Spec) => `Since ${s.tool} ${s.code.length % 2 ? 'started checking this explicitly' : 'made the check stricter'}, the same situation that used to pass silently now stops the run, which is why the error often shows up after an upgrade nobody connected with it.`,
  (s: Spec) => `Retrying without changing anything rarely helps: the ${s.subject} is read again from the same place and fails the same way, unless the cause was a short network problem.`,
  () => `Maintainers in the issue threads usually ask for the full output with debug logging turned on, because the line before the error names the file or endpoint that was read.`,
  (s: Spec) => `If the ${s.object} was recently moved, renamed or restored from a backup, start there: the ${s.subject} still refers to the old location and the check cannot tell the difference.`,
];
const STEP_WHY = ['This separates a local problem from a remote one.', 'The output shows which value is really used.', 'It takes a few seconds and rules out the most common cause.', 'Run it in the same shell that failed, so the same environment applies.', 'Compare the result with a machine where the command works.', 'Keep the output: the next steps and any issue report need it.'];
const VERBS = ['Check', 'Inspect', 'Confirm', 'Compare', 'Reset', 'Rebuild', 'Trace'];

function body(s: Spec, r: Rng, titles: string[], causes: string[], related: Spec[]): string {
  const intro = `${s.tool} stopped because the ${s.subject} ${s.predicate}. The code \`${s.code}\` names the check that failed, and the text after it names what it was looking at, here the ${s.object}.`;
  const means = r.sample(MEANS, 6).map((f) => f(s));
  const rel = related[0] ? ` A similar message with a different cause is described in [${related[0].title}](/errors/${related[0].slug}/).` : '';
  const why = causes.map((c, i) => `${i + 1}. **${titles[i]}.** ${c} This is ${r.pick(['the most common case in issue threads', 'frequent after upgrades', 'typical on CI runners', 'rarer, but hard to spot', 'common on shared machines'])}.`);
  const n = r.int(3, 5);
  const cmds = r.sample(s.flavor.commands, n);
  const verbs = r.sample(VERBS, n);
  const steps = cmds.map((cmd, i) => {
    const extra = r.pick(s.flavor.commands.filter((c) => c !== cmd));
    const next = i + 1 < n ? `continue with [step ${i + 2}](#step-${i + 2})` : 'collect the output of every step and open an issue with it';
    return [
      `${i + 1}. **${verbs[i]} the ${i % 2 ? s.object : s.subject}.** ${r.sample(STEP_WHY, 2).join(' ')}`,
      '',
      '   ```sh',
      `   ${cmd}`,
      ...(r.chance(0.5) ? [`   ${extra}`] : []),
      '   ```',
      '',
      `   **Worked if:** ${r.pick(['the output lists', 'you see', 'the command prints'])} the ${r.pick([s.object, s.subject, 'expected version'])} ${r.pick(['without a warning', 'with the value you configured', 'and the original command now succeeds'])}.`,
      `   **If not:** ${next}.`,
    ].join('\n');
  });
  return [
    '## What this error means', '', `${intro} ${means[0]}${rel}`, '', `${means[1]} ${means[2]}`, '', `${means[3]} ${means[4]} ${means[5]}`, '',
    '## Why it happens', '', ...why, '',
    '## Troubleshooting steps', '', steps.join('\n\n'), '',
  ].join('\n');
}

const q = (s: string) => JSON.stringify(s);
const yamlList = (key: string, xs: string[]) => (xs.length ? `${key}:\n${xs.map((x) => `  - ${q(x)}`).join('\n')}` : `${key}: []`);

function page(s: Spec, r: Rng, related: Spec[]): string {
  const org = `${r.pick(ORGS)}${r.pick(ORG_SUFFIX)}`;
  const repo = s.tool.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const issue = r.int(100, 9999);
  const date = () => `${r.int(2024, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const picked = r.sample(CAUSES, r.int(3, 5));
  const causes = picked.map(([, h]) => `${cap(h!)}, so the ${s.subject} ${s.predicate}.`);
  const fixes = r.sample(FIXES, r.int(1, 3)).map((f, i) => `${cap(f)}${i === 0 ? `: \`${r.pick(s.flavor.commands)}\` shows the current state` : ''}.`);
  const sources = [
    { title: `${s.tool} docs: ${s.subject} reference`, url: `https://github.com/${org}/${repo}/blob/main/docs/${s.subject.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.md`, kind: 'official' },
    { title: `${org}/${repo}#${issue}: ${s.code} ${s.predicate}`, url: `https://github.com/${org}/${repo}/issues/${issue}`, kind: 'issue', date: date() },
    ...(r.chance(0.5) ? [{ title: `Discussion: ${s.subject} ${s.predicate} on the ${s.object}`, url: `https://github.com/${org}/${repo}/discussions/${r.int(100, 9999)}`, kind: 'forum' }] : []),
  ];
  const status = r.pick(['open', 'workaround', 'fixed'] as const);
  const summary = `${cap(s.subject)} ${s.predicate} for the ${s.object}; ${r.pick(FIXES)}.`;
  const faq = r.sample([
    [`Is ${s.code} a bug in ${s.tool}?`, `Usually not: the check is deliberate and protects the ${s.object}. It becomes a bug report when it fails on a clean setup, with a fresh ${s.subject} and no proxy in between; include the debug output and the exact version when you report it.`],
    [`Why does it only happen on CI?`, `CI runners start from a fresh ${s.subject}, use another user and often another network path, so state that exists locally is missing there. Print the environment and the resolved configuration at the start of the job and compare them with your machine.`],
    [`Can I silence the error?`, `Some versions accept a flag to skip the check, but the ${s.subject} stays wrong and the next command fails later with a less clear message. Fix the cause instead; the steps above take a few minutes.`],
    [`Does it affect other people on my team?`, `Only those who share the ${s.object}. Each clone or machine keeps its own ${s.subject}, so one person can be blocked while everyone else works normally.`],
  ], r.int(2, 3));
  return [
    '---',
    `title: ${q(s.title)}`,
    `summary: ${q(summary.length <= 160 ? summary : `${cap(s.subject)} ${s.predicate}.`)}`,
    `signature: |\n${signatureFor(s, r).split('\n').map((l) => `  ${l}`).join('\n')}`,
    yamlList('variants', [`${s.code}: ${s.subject} ${s.predicate}`, `${r.pick(s.tools)} error: ${s.predicate} (${s.code})`].slice(0, r.int(1, 2))),
    `category: ${s.category}`,
    `tools: [${s.tools.map(q).join(', ')}]`,
    ...(r.chance(0.4) ? [`affects: [${q(`${s.tool} ${r.int(1, 9)}.${r.int(0, 20)}+`)}]`] : []),
    yamlList('causes', causes),
    yamlList('quickFixes', fixes),
    yamlList('prevention', r.chance(0.7) ? [`Pin the ${s.tool} version in CI so the ${s.subject} format does not change under you.`, `Keep one source of truth for the ${s.object} and load it from there.`].slice(0, r.int(1, 2)) : []),
    'sources:',
    ...sources.map((src) => `  - title: ${q(src.title)}\n    url: ${q(src.url)}\n    kind: ${src.kind}${src.date ? `\n    date: ${src.date}` : ''}`),
    `updated: ${date()}`,
    `status: ${status}`,
    ...(status === 'fixed' ? [`fixedIn: ${q(`${s.tool} ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`)}`] : []),
    `related: [${related.map((x) => q(x.slug)).join(', ')}]`,
    'faq:',
    ...faq.map(([question, answer]) => `  - question: ${q(question!)}\n    answer: ${q(answer!)}`),
    '---',
    '',
    body(s, r, picked.map(([t]) => t!), causes, related),
  ].join('\n');
}

/** Writes `count` pages under `dir/errors/` and a copy of the categories; returns what it wrote. */
export function generatePages({ count, seed = 1, dir }: { count: number; seed?: number; dir: string }): GeneratedPage[] {
  const categories = Object.keys(JSON.parse(readFileSync(CATEGORIES_FILE, 'utf8')));
  const missing = categories.filter((c) => !FLAVORS[c]);
  if (missing.length) throw new Error(`generate-pages: no vocabulary for categories ${missing.join(', ')}`);
  const errorsDir = join(dir, 'errors');
  mkdirSync(errorsDir, { recursive: true });
  // Refuse to mix with earlier output: stale pages would change the page count silently.
  if (readdirSync(errorsDir).length) throw new Error(`generate-pages: ${errorsDir} is not empty`);
  copyFileSync(CATEGORIES_FILE, join(dir, 'categories.json'));

  const r = rng(seed);
  const codes = new Set<string>();
  const shapes = new Set<string>();
  const specs: Spec[] = [];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length]!;
    const flavor = FLAVORS[category]!;
    // A unique code gives a unique slug; a unique (template, subject, predicate, object)
    // per category keeps any two signatures at least two slots apart (no near-duplicates).
    let code = '', shape = '', tries = 0;
    let parts: [number, string, string, string] = [0, '', '', ''];
    do {
      if (++tries > 10_000) throw new Error(`generate-pages: vocabulary exhausted at page ${i}`);
      code = flavor.code(r);
      parts = [r.int(0, 5), r.pick(flavor.subjects), r.pick(PREDICATES), r.pick(OBJECTS)];
      shape = `${category}|${parts.join('|')}`;
    } while (codes.has(code) || shapes.has(shape));
    codes.add(code);
    shapes.add(shape);
    const [template, subject, predicate, object] = parts;
    const tools = r.sample(flavor.tools, r.int(1, 3));
    const slug = `${flavor.prefix}-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${subject.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.replace(/-+/g, '-');
    specs.push({ slug, category, title: `${tools[0]} ${code}: ${subject} ${predicate}`, tool: tools[0]!, tools, code, subject, predicate, object, template, flavor });
  }
  specs.forEach((s, i) => {
    // Same-category neighbours (categories cycle), then any other page when there are few.
    const near = [i - categories.length, i + categories.length, i + 1].filter((j) => j >= 0 && j < count && j !== i);
    const related = [...new Set(near)].slice(0, r.int(1, 3)).map((j) => specs[j]!);
    writeFileSync(join(errorsDir, `${s.slug}.mdx`), page(s, r, related));
  });
  return specs.map(({ slug, category, title }) => ({ slug, category, title }));
}

/** Signatures as the build sees them, for the near-duplicate self-check below. */
export function signaturesOf(dir: string): Array<{ id: string; signature: string }> {
  return readdirSync(join(dir, 'errors')).map((f) => {
    const src = readFileSync(join(dir, 'errors', f), 'utf8');
    const sig = /^signature: \|\n((?: {2}.*\n)+)/m.exec(src)![1]!.replace(/^ {2}/gm, '');
    return { id: f, signature: sig };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) throw new Error('usage: node tests/bench/generate-pages.ts --pages N --out DIR [--seed S]');
  const started = performance.now();
  const pages = generatePages({ count: Number(values.pages), seed: Number(values.seed), dir: values.out });
  const dupes = nearDuplicates(signaturesOf(values.out));
  console.log(`generated ${pages.length} pages in ${values.out} in ${Math.round(performance.now() - started)} ms; near-duplicate signatures: ${dupes.length}`);
  if (dupes.length) process.exit(1);
}
