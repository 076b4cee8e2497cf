/**
 * Writes src/client/openapi.ts, the types of `waybill/client`, from the OpenAPI document the server
 * serves; with --check, fails when the committed file differs from what the routes say (for CI).
 *   npm run client:generate            (tsx scripts/gen-client.ts)
 *   npm run client:generate -- --check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import pino from 'pino';
import prettier from 'prettier';
import { loadConfig } from '../src/config/config.js';
import { build } from '../src/http/app.js';
import { chooseCarrier } from '../src/http/carrier-choice.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { openStore } from '../src/store/open-store.js';

export const CLIENT_TYPES = fileURLToPath(new URL('../src/client/openapi.ts', import.meta.url));

/** The document the server serves, from a throwaway in-memory store. */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const store = await openStore(':memory:');
  const app = await build({
    config: loadConfig({}, { 'simulator.enabled': false }),
    store,
    pipeline: new IngestPipeline(store, {}),
    logger: pino({ level: 'silent' }),
    clock: () => new Date(),
    detectCarrier: chooseCarrier,
  });
  try {
    return (await app.inject('/openapi.json')).json();
  } finally {
    await app.close();
    await store.close();
  }
}

/**
 * The document without its examples: they stay in /openapi.json and the API reference, while in
 * the types they only lengthened doc comments (7,547 lines of output with them, 4,841 without).
 * A property that happens to be called `example` or `examples` is kept.
 */
export function withoutExamples(value: unknown, parentKey?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutExamples(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(
    ([key]) => parentKey === 'properties' || (key !== 'example' && key !== 'examples'),
  );
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutExamples(item, key)]));
}

/** The file as it should be committed: openapi-typescript's output, laid out by prettier. */
export async function generateClientTypes(): Promise<string> {
  const document = withoutExamples(await servedDocument());
  const source = [
    '// Generated from the OpenAPI document by `npm run client:generate`. Do not edit by hand.',
    astToString(await openapiTS(document as never)),
  ].join('\n');
  const options = await prettier.resolveConfig(CLIENT_TYPES);
  return prettier.format(source, { ...options, filepath: CLIENT_TYPES });
}

async function main(check: boolean): Promise<void> {
  const generated = await generateClientTypes();
  if (!check) {
    writeFileSync(CLIENT_TYPES, generated);
    console.log('Wrote src/client/openapi.ts.');
  } else if (readCommitted() !== generated) {
    console.error('src/client/openapi.ts is out of date: run `npm run client:generate`.');
    process.exitCode = 1;
  } else {
    console.log('src/client/openapi.ts is up to date.');
  }
}

function readCommitted(): string | null {
  try {
    return readFileSync(CLIENT_TYPES, 'utf8');
  } catch {
    return null;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.includes('--check'));
}
