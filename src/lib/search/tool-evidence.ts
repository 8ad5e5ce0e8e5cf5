import { errorTerms } from '../normalize-error-text.ts';
import { holds, type PasteTerms } from './phrases.ts';

/**
 * Which tool printed a paste, read from the raw text before paths and URLs are masked:
 * SDK paths and packages (`site-packages/anthropic/`, `node_modules/openai/`,
 * `@anthropic-ai/sdk`), CLI names and prompts, API hosts, environment lines. Which
 * text points at which tool is data: the `evidence` patterns of `content/tools.json`.
 */

/** One tool's evidence patterns as the browser gets them (regular expressions, case-insensitive). */
export interface ToolEvidencePatterns {
  tool: string;
  evidence?: readonly string[];
}

/** The tools a paste shows evidence of, each as its name's terms ("Anthropic SDKs" → ["anthropic", "sdks"]). */
export type ToolEvidence = ReadonlyArray<readonly string[]>;

const compiled = new Map<string, RegExp>();
const regex = (source: string) => compiled.get(source) ?? compiled.set(source, new RegExp(source, 'im')).get(source)!;

export function toolEvidence(paste: string, tools: readonly ToolEvidencePatterns[]): ToolEvidence {
  return tools.filter((t) => t.evidence?.some((source) => regex(source).test(paste))).map((t) => errorTerms(t.tool));
}

/**
 * The tools of `content/tools.json` a paste names, each as its name's terms: "docker" in a paste names
 * Docker, and so (`isOrExtends`) a page's Docker Engine as much as a page's Docker.
 */
export function namedTools(paste: PasteTerms, tools: readonly ToolEvidencePatterns[]): ToolEvidence {
  return tools.map((t) => errorTerms(t.tool)).filter((terms) => terms.length > 0 && terms.every((term) => holds(paste, term)));
}

/** Whether a page's tool is `tool` or a part of it: Docker → Docker Engine, Claude Code → Claude Code for VS Code. */
export const isOrExtends = (pageTool: readonly string[], tool: readonly string[]) =>
  tool.length <= pageTool.length && tool.every((term, i) => pageTool[i] === term);

/**
 * Whether the paste's tools agree with a page's: `'same'` when one of the page's tools is an
 * evidenced tool or a part of one (`isOrExtends`: `docker run` is evidence of Docker, so of a
 * page for Docker Engine too), `'family'` when one is only of an evidenced tool's family (same
 * first word: "Claude Code" and "Claude API", "openai Python SDK" and "OpenAI API"), `false`
 * when the paste shows tools and the page has none of them (an OpenAI traceback on a Claude Code
 * page, Codex's limit message on Cursor's), `undefined` when the paste shows no tool.
 */
export function toolsAgree(evidence: ToolEvidence, pageTools: ReadonlyArray<readonly string[]>): 'same' | 'family' | false | undefined {
  if (evidence.length === 0) return undefined;
  if (pageTools.some((tool) => evidence.some((evidenced) => isOrExtends(tool, evidenced)))) return 'same';
  const families = new Set(evidence.map((terms) => terms[0]));
  return pageTools.some((terms) => families.has(terms[0])) && 'family';
}
