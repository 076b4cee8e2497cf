import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import type { CarrierAdapter } from './carrier.js';
import {
  canarySettings,
  clientOutputs,
  manifestViolations,
  parseSafely,
  resultViolations,
  statusMapViolations,
} from './contract-suite.js';

// The suite must catch a broken adapter, or passing it means nothing.
const broken: CarrierAdapter = {
  manifest: {
    id: 'broken',
    name: 'Broken',
    capabilities: { pull: true, push: false, batchSize: 0, ratePerSecond: 1, burst: 1, concurrency: 1 },
    settings: Type.Object({ apiKey: Type.String(), baseUrl: Type.String({ default: 'https://x.invalid' }) }),
  },
  statusMap: { XX: { substatus: 'delivered.by_drone' as never, meaning: '' } },
  parse(payload) {
    if (payload === null) throw new TypeError('boom');
    return {
      scans: [
        {
          trackingNumber: '1',
          carrier: 'Broken Co',
          occurredAt: '2025-03-11T10:00:00',
          status: 'teleported',
          unmapped: true,
        },
        {
          trackingNumber: '2',
          carrier: 'broken',
          occurredAt: 'x',
          zone: 'Mars/Olympus',
          status: 'delivered',
          location: { country: 'Germany' },
        },
      ],
      problems: [{ kind: 'oops' as never, message: '' }],
    };
  },
  createClient: (settings) => ({
    // Leaks its key into the error, as a careless client would.
    track: () => Promise.reject(new Error(`request failed with key ${String(settings.apiKey)}`)),
  }),
};

describe('contract suite', () => {
  it('names every broken part of a parse result', () => {
    const violations = resultViolations(broken, broken.parse({})).join('\n');
    expect(violations).toContain('carrier "Broken Co"');
    expect(violations).toContain('status "teleported" is not in the closed set');
    expect(violations).toContain('has no offset and the scan has no zone');
    expect(violations).toContain('unmapped but keeps neither');
    expect(violations).toContain('zone "Mars/Olympus" is not an IANA zone');
    expect(violations).toContain('location.country "Germany"');
    expect(violations).toContain('problems[0] has kind "oops"');
  });

  it('reports a throw instead of passing it on', () => {
    expect(parseSafely(broken, null).thrown).toBeInstanceOf(TypeError);
  });

  it('catches a status map outside the closed set and a bad manifest', () => {
    expect(statusMapViolations(broken)).toHaveLength(2);
    expect(manifestViolations('other', broken).join('\n')).toMatch(/manifest.id is "broken"[\s\S]*batchSize/);
  });

  it('finds a secret a client leaks into its error', async () => {
    const { settings, secrets } = canarySettings(broken.manifest.settings);
    expect(secrets).toEqual(['canary-apiKey-7f3a9c']);
    const texts = await clientOutputs(broken, settings, {}, ['1']);
    expect(texts.some((text) => text.includes(secrets[0]!))).toBe(true);
  });
});
