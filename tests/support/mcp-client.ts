import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ROOT } from './build-site.ts';

/** The structured answer of `lookup_error` (`src/lib/agents/lookup-answer.ts`). */
export interface Lookup {
  match: 'strong' | 'weak' | 'none';
  pages: Array<{ title: string; url: string; markdownUrl: string; quickFix: string; verdict?: { state: string; text: string } }>;
}

/**
 * `npm run mcp -- --site <site>` started as an MCP client starts it (a child process on stdio),
 * driven by the SDK's own client.
 */
export async function startMcp(site: string) {
  const client = new Client({ name: 'error-kb-tests', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: ['src/cli/mcp.ts', '--site', site], cwd: ROOT, stderr: 'pipe' }),
  );
  return {
    client,
    async lookup(text: string): Promise<Lookup & { text: string }> {
      const result = await client.callTool({ name: 'lookup_error', arguments: { text } });
      if (result.isError) throw new Error(JSON.stringify(result.content));
      return { ...(result.structuredContent as unknown as Lookup), text: (result.content as Array<{ text: string }>)[0]!.text };
    },
  };
}

/**
 * A real-looking paste around an error: a log timestamp, a stack frame with the user's path, a request
 * id, a UUID and an e-mail address, all of which the search's normalizer removes.
 */
export const noisyPaste = (error: string) =>
  `[2026-11-29 10:00:01] ${error}\n    at run (/home/alice/work/acme/lib/run.js:12:5)\nreq_011CUsd8xYzAbCdEfGh 3f2b9c1e-8a4d-4c7b-9e21-5d6f7a8b9c0d alice@acme-corp.com`;
