import { describe, expect, it } from 'vitest';
import {
  HOSTILE_PAYLOADS,
  asJson,
  canarySettings,
  clientOutputs,
  loadFixtures,
  manifestViolations,
  parseSafely,
  pipelineRejections,
  resultViolations,
  statusMapViolations,
} from './contract-suite.js';
import type { ParseResult } from './carrier.js';
import { CARRIERS } from './registry.js';

// The shared contract, for every adapter in the registry and every fixture in its folder.
// Adding an adapter to registry.ts (and fixtures beside it) is all it takes to be checked here.
describe.each(Object.entries(CARRIERS))('carrier contract: %s', (id, adapter) => {
  const fixtures = loadFixtures(id);

  it(`${id}: manifest matches the registry and its capabilities are usable`, () => {
    expect(manifestViolations(id, adapter)).toEqual([]);
  });

  it(`${id}: every status-map entry lands on a substatus of the closed set`, () => {
    expect(Object.keys(adapter.statusMap).length, `${id}: empty status map`).toBeGreaterThan(0);
    expect(statusMapViolations(adapter)).toEqual([]);
  });

  it(`${id}: has fixtures in src/carriers/${id}/fixtures/, each with an expected result`, () => {
    expect(fixtures.length, `${id}: no fixtures`).toBeGreaterThan(0);
    const missing = fixtures
      .filter((f) => f.expected === undefined)
      .map((f) => `${id}/${f.file}: no ${f.name}.expected.json`);
    expect(missing).toEqual([]);
  });

  it(`${id}: hostile payloads give problems, never a throw`, () => {
    for (const payload of HOSTILE_PAYLOADS) {
      const { result, thrown } = parseSafely(adapter, payload);
      const label = `${id}: parse(${JSON.stringify(payload)?.slice(0, 40) ?? String(payload)})`;
      expect(thrown, `${label} threw`).toBeUndefined();
      expect(resultViolations(adapter, result), label).toEqual([]);
    }
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))(`${id} fixture %s`, (name, fixture) => {
    const where = `${id}/${fixture.file}`;

    it(`${id}/${name}: parses to the expected result, keeping the contract`, () => {
      const { result, thrown } = parseSafely(adapter, fixture.payload);
      expect(thrown, `${where}: parse threw ${String(thrown)}`).toBeUndefined();
      expect(resultViolations(adapter, result), where).toEqual([]);
      expect(asJson(result), `${where}: differs from ${name}.expected.json`).toEqual(fixture.expected);
      expect(pipelineRejections(adapter, result as ParseResult), where).toEqual([]);
    });

    it(`${id}/${name}: parsing twice gives the same result and leaves the payload untouched`, () => {
      const before = structuredClone(fixture.payload);
      const first = asJson(adapter.parse(fixture.payload));
      const second = asJson(adapter.parse(fixture.payload));
      expect(second, `${where}: second parse differs`).toEqual(first);
      expect(fixture.payload, `${where}: parse mutated its input`).toEqual(before);
    });

    it(`${id}/${name}: an error payload becomes problems, not an exception`, () => {
      const result = adapter.parse(fixture.payload);
      if (result.scans.length === 0) {
        expect(result.problems.length, `${where}: no scans and no problems`).toBeGreaterThan(0);
      }
      // Truncated, the same bytes are an error payload too.
      const text = typeof fixture.payload === 'string' ? fixture.payload : JSON.stringify(fixture.payload);
      for (const cut of [1, Math.floor(text.length / 2), text.length - 1]) {
        const { result: truncated, thrown } = parseSafely(adapter, text.slice(0, cut));
        expect(thrown, `${where}: truncated at ${cut} threw`).toBeUndefined();
        expect(resultViolations(adapter, truncated), `${where}: truncated at ${cut}`).toEqual([]);
      }
    });

    it(`${id}/${name}: no settings secret appears in the output or an error`, async () => {
      const { settings, secrets } = canarySettings(adapter.manifest.settings);
      const numbers = [...new Set(adapter.parse(fixture.payload).scans.map((s) => s.trackingNumber))].slice(
        0,
        adapter.manifest.capabilities.batchSize,
      );
      const texts = [
        JSON.stringify(adapter.parse(fixture.payload)),
        ...(typeof fixture.payload === 'string'
          ? []
          : await clientOutputs(
              adapter,
              settings,
              fixture.payload,
              numbers.length > 0 ? numbers : ['1234567890'],
            )),
      ];
      for (const secret of [...secrets, 'canary-token-1b2c']) {
        for (const text of texts)
          expect(text.includes(secret), `${where}: a secret leaked: ${text.slice(0, 300)}`).toBe(false);
      }
    });
  });
});
