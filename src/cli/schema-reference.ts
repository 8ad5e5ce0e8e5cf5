/**
 * CONTRIBUTING.md's frontmatter reference, generated from the schema (`src/schema-reference/`).
 *
 *   node src/cli/schema-reference.ts           print the block
 *   node src/cli/schema-reference.ts --write   replace the block in CONTRIBUTING.md
 *   node src/cli/schema-reference.ts --check   exit 1, showing the difference, when CONTRIBUTING.md is out of date
 *   (--file <path> works on another Markdown file)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lineDiff } from '../schema-reference/line-diff.ts';
import { currentBlock, END, replaceBlock, schemaReference, START } from '../schema-reference/reference-block.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean' }, check: { type: 'boolean' }, file: { type: 'string' } } });
const file = resolve(values.file ?? 'CONTRIBUTING.md');
const block = schemaReference();
if (!values.write && !values.check) {
  console.log(block);
  process.exit(0);
}
let markdown: string;
try {
  markdown = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`Cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}
const current = currentBlock(markdown);
if (current === undefined) {
  console.error(
    `${file} has no "${START}" … "${END}" block: add the two markers where the frontmatter reference goes, then run with --write.`,
  );
  process.exit(1);
}
if (values.check) {
  if (current === block) {
    console.log('frontmatter reference up to date');
    process.exit(0);
  }
  console.error(
    `${file}: the frontmatter reference differs from what src/schema/error-page.ts gives (- in the file, + from the schema):\n\n${lineDiff(current, block)}\n\nRun \`node src/cli/schema-reference.ts --write\` to update it.`,
  );
  process.exit(1);
}
if (current !== block) writeFileSync(file, replaceBlock(markdown, block));
console.log(current === block ? 'frontmatter reference already up to date' : `updated the frontmatter reference in ${file}`);
