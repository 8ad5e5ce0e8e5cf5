import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { openLookup } from '../mcp/lookup.ts';
import { lookupServer } from '../mcp/lookup-server.ts';

/**
 * `npm run --silent mcp -- --site <dist folder or site URL>`: the `lookup_error` MCP server on stdio.
 * Stdout carries the protocol only, so anything else printed goes to stderr.
 */
console.log = console.info = console.warn = console.error;

const { values } = parseArgs({ options: { site: { type: 'string' } } });
if (!values.site) {
  console.error('Usage: npm run --silent mcp -- --site <dist folder or site URL>\n  e.g. --site dist, or --site https://kb.example.com/');
  process.exit(2);
}
try {
  const lookup = await openLookup(values.site);
  await lookupServer(lookup).connect(new StdioServerTransport());
} catch (e) {
  console.error(`error-kb mcp: ${(e as Error).message}`);
  process.exit(1);
}
