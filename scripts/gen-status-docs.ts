// Writes docs/status-model.md from the status table. With --check it only compares, and exits 1
// when the committed file is out of date (for CI).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderStatusDocs } from '../src/domain/status-docs.js';

const target = fileURLToPath(new URL('../docs/status-model.md', import.meta.url));
const expected = renderStatusDocs();

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== expected) {
    console.error('docs/status-model.md is out of date; run: npx tsx scripts/gen-status-docs.ts');
    process.exit(1);
  }
  console.log('docs/status-model.md is up to date');
} else {
  await writeFile(target, expected, 'utf8');
  console.log('wrote docs/status-model.md');
}
