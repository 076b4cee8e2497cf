import { readFile } from 'node:fs/promises';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';

// Issue 16: the document integrators generate clients from passes Redocly's recommended rules
// with no error and no warning. It is generated from the route schemas, so this runs on the
// document the server really serves.
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: {
    servers?: { url: string }[];
    info: { license?: unknown };
    tags?: { name: string; description?: string }[];
    paths: Record<
      string,
      Record<string, { operationId?: string; tags?: string[]; responses: Record<string, unknown> }>
    >;
  };
  beforeAll(async () => {
    t = await testApp('sqlite', { publicBaseUrl: 'https://parcels.acme-shop.com/' });
    doc = (await t.app.inject('/openapi.json')).json();
  });
  afterAll(() => t.close());

  it("passes Redocly's recommended rules with 0 errors and 0 warnings", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'openapi.json',
      config,
    });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`),
    ).toEqual([]);
  });

  it('names every operation uniquely, and its server from the public base URL', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'https://parcels.acme-shop.com' })]);
    expect(doc.info.license).toMatchObject({ identifier: 'Apache-2.0' });
  });

  it("groups operations by tags that are the README's API tables, in their order, each described", async () => {
    const used = new Set(
      Object.values(doc.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags ?? [])),
    );
    const declared = doc.tags ?? [];
    expect(declared.filter((tag) => !tag.description?.trim()).map((tag) => tag.name)).toEqual([]);
    expect(new Set(declared.map((tag) => tag.name))).toEqual(used);
    // /docs shows the groups in the declared order, and the README lists them the same way.
    expect(readmeApiGroups(await readFile('README.md', 'utf8'))).toEqual(declared.map((tag) => tag.name));
  });
});

/** The `####` headings of the README's "### HTTP API" section, but the group of non-API routes. */
function readmeApiGroups(readme: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf('### HTTP API');
  expect(start).toBeGreaterThan(-1);
  const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
  const headings = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((line) => line.startsWith('#### '))
    .map((line) => line.slice('#### '.length).trim());
  const outside = headings.filter((heading) => /not in the OpenAPI document/i.test(heading));
  expect(outside).toHaveLength(1);
  return headings.filter((heading) => !outside.includes(heading));
}
