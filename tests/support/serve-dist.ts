/** `node tests/support/serve-dist.ts [port]`: serves `dist/` under `BASE_PATH` (default `/`). */
import { serveStatic } from './static-server.ts';
import { site } from '../../src/site-config.ts';

const { url } = await serveStatic('dist', Number(process.argv[2] ?? 4329), site.base);
console.log(`serving dist/ at ${url}`);
