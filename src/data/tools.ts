import { existsSync, readFileSync } from 'node:fs';
import { contentPaths } from '../content/read-content.ts';
import { toolsSchema, type Tools } from '../schema/tools.ts';

let cache: Tools | undefined;

/** `content/tools.json` (checked before the build by the content check); none when the file is absent. */
export function toolTable(): Tools {
  cache ??= existsSync(contentPaths.tools) ? toolsSchema.parse(JSON.parse(readFileSync(contentPaths.tools, 'utf8'))) : {};
  return cache;
}
