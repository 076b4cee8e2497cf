import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS_DOC, generateFormatsDoc } from '../../scripts/gen-formats-docs.js';
import { FORMATS } from './formats/index.js';
import { renderFormatsDoc } from './formats-doc.js';

describe('the formats docs page', () => {
  it('is up to date with the format table (run `npm run docs:formats` to regenerate it)', async () => {
    expect(readFileSync(FORMATS_DOC, 'utf8')).toBe(await generateFormatsDoc());
  });

  it('lists every format', () => {
    const page = renderFormatsDoc();
    for (const format of FORMATS) expect(page).toContain(`\`${format.id}\``);
  });
});
