/**
 * Writes docs/tracking-number-formats.md from the format table, or with --check fails when the
 * committed page differs from what the table says (for CI).
 *   npm run docs:formats            (tsx scripts/gen-formats-docs.ts)
 *   npm run docs:formats -- --check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { renderFormatsDoc } from '../src/numbers/formats-doc.js';

export const FORMATS_DOC = fileURLToPath(new URL('../docs/tracking-number-formats.md', import.meta.url));

/** The page as it should be committed: rendered, then laid out as `prettier --check .` expects. */
export async function generateFormatsDoc(): Promise<string> {
  const options = await prettier.resolveConfig(FORMATS_DOC);
  return prettier.format(renderFormatsDoc(), { ...options, filepath: FORMATS_DOC });
}

async function main(check: boolean): Promise<void> {
  const generated = await generateFormatsDoc();
  if (!check) {
    writeFileSync(FORMATS_DOC, generated);
    console.log('Wrote docs/tracking-number-formats.md.');
  } else if (readCommitted() !== generated) {
    console.error('docs/tracking-number-formats.md is out of date: run `npm run docs:formats`.');
    process.exitCode = 1;
  } else {
    console.log('docs/tracking-number-formats.md is up to date.');
  }
}

function readCommitted(): string | null {
  try {
    return readFileSync(FORMATS_DOC, 'utf8');
  } catch {
    return null;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.includes('--check'));
}
