/** `node tests/support/serve-dist.ts [port]`: serves `dist/` under `BASE_PATH` (default `/`). */
import { serveStatic } from './static-server.ts';

const { url } = await serveStatic('dist', Number(process.argv[2] ?? 4329), process.env.BASE_PATH ?? '/');
console.log(`serving dist/ at ${url}`);
