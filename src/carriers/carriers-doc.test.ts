import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARRIERS } from './registry.js';

// docs/carriers.md lists the REST carriers' status maps; it must not drift from the code.
const rows = new Set(
  readFileSync(new URL('../../docs/carriers.md', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
        .join(' | '),
    ),
);

describe('docs/carriers.md', () => {
  it.each(['ups', 'fedex', 'usps', 'dhl'])('lists every %s status-map entry as the code has it', (id) => {
    const missing = Object.entries(CARRIERS[id]!.statusMap)
      .map(([code, entry]) => `\`${code}\` | ${entry.meaning} | \`${entry.substatus}\``)
      .filter((row) => !rows.has(row));
    expect(missing, `regenerate the ${id} table in docs/carriers.md`).toEqual([]);
  });
});
