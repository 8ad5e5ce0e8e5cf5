/**
 * Things that must never be published: credentials and e-mail addresses pasted
 * from real threads. Masked keys (`sk-…****`), request ids and placeholders pass.
 */
const PATTERNS: Array<{ what: string; re: RegExp }> = [
  { what: 'an Anthropic API key', re: /\bsk-ant-[a-z]+\d*-[A-Za-z0-9_-]{20,}/ },
  { what: 'an OpenAI API key', re: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/ },
  { what: 'a GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})/ },
  { what: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a private key', re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/ },
  { what: 'a bearer token', re: /\bBearer\s+(?![$<{])[A-Za-z0-9._~+/-]{20,}=*/ },
];

/** Domains reserved for examples (RFC 2606, RFC 6761): addresses there belong to no one. */
const EXAMPLE_DOMAIN = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;
const EMAIL = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

export interface SecretFinding {
  line: number;
  what: string;
  /** The match with most of it hidden, safe to print in a build log. */
  masked: string;
}

const mask = (s: string) => (s.length <= 8 ? '****' : `${s.slice(0, 6)}…${'*'.repeat(4)}`);

export function findSecrets(source: string): SecretFinding[] {
  // Most files hold none: one look at the whole text first (what matches in a line matches in the whole).
  if (!source.includes('@') && !PATTERNS.some(({ re }) => re.test(source))) return [];
  const findings: SecretFinding[] = [];
  source.split('\n').forEach((text, i) => {
    for (const { what, re } of PATTERNS) {
      const m = re.exec(text);
      if (m) findings.push({ line: i + 1, what, masked: mask(m[0]) });
    }
    for (const m of text.matchAll(EMAIL)) {
      const before = text.slice(0, m.index);
      const after = text[m.index + m[0].length];
      // URL user info (https://you@host), SSH logins (ssh -T git@github.com) and remotes
      // (you@host:owner/repo) are not addresses.
      if (/\/\/[^\s/]*$/.test(before) || after === ':' || m[0].startsWith('git@') || EXAMPLE_DOMAIN.test(m[1]!)) continue;
      findings.push({ line: i + 1, what: 'an e-mail address', masked: mask(m[0]) });
    }
  });
  return findings;
}

/** The text with every credential and e-mail address `findSecrets` knows replaced by a space. */
export function removeSecrets(text: string): string {
  let out = text;
  for (const { re } of PATTERNS) out = out.replace(new RegExp(re.source, 'g'), ' ');
  return out.replace(EMAIL, ' ');
}
