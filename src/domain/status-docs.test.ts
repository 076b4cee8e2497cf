import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SUBSTATUS_CODES } from './status.js';
import { renderStatusDocs } from './status-docs.js';

describe('docs/status-model.md', () => {
  it('is up to date with the status table (regenerate: npx tsx scripts/gen-status-docs.ts)', async () => {
    const committed = await readFile(new URL('../../docs/status-model.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderStatusDocs());
  });

  it('gives every substatus code one row', () => {
    const rows = renderStatusDocs()
      .split('\n')
      .filter((line) => /^\| `[a-z_]+\.[a-z_]+` /.test(line));
    expect(rows.map((row) => row.split('`')[1])).toEqual(SUBSTATUS_CODES);
  });
});
