import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'astro/zod';
import type { LookupAnswer } from '../lib/agents/lookup-answer.ts';
import { lookupText } from '../lib/agents/lookup-answer.ts';
import { site } from '../site-config.ts';

const page = z.object({
  title: z.string(),
  url: z.string(),
  markdownUrl: z.string(),
  quickFix: z.string(),
  signature: z.string(),
  score: z.number(),
  verdict: z
    .object({ state: z.enum(['affected', 'not-affected']), tool: z.string(), version: z.string(), text: z.string() })
    .optional()
    .describe('Whether the tool version named in the paste is affected, when the page has version ranges for that tool.'),
});

/**
 * An MCP server (https://modelcontextprotocol.io) with one tool, `lookup_error`: a raw error
 * paste in, the best pages out, with the match strength, quick fix and links, as text and as
 * structured content.
 */
export function lookupServer(lookup: (text: string) => Promise<LookupAnswer>): McpServer {
  const server = new McpServer({ name: 'error-kb', title: site.name, version: '1.0.0' });
  server.registerTool(
    'lookup_error',
    {
      title: `Look up an error in ${site.name}`,
      description:
        `Finds the ${site.name} page for an error message from a developer tool (terminal output, an API error, a log line). ` +
        'Pass the raw text as it was printed; paths, ids, timestamps and stack frames are ignored. Answers with the best pages, ' +
        'how sure the match is (strong, weak, none), each page’s quick fix and links to the page and to its causes and steps as Markdown, ' +
        'and whether the tool version the paste names is affected.',
      inputSchema: { text: z.string().min(1).describe('The error as printed, pasted as-is (several lines are fine).') },
      outputSchema: { match: z.enum(['strong', 'weak', 'none']), pages: z.array(page) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text }) => {
      const answer = await lookup(text);
      return { content: [{ type: 'text', text: lookupText(answer) }], structuredContent: { ...answer } };
    },
  );
  return server;
}
