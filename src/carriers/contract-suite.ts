import { readdirSync, readFileSync } from 'node:fs';
import { IANAZone } from 'luxon';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { isStatus, isSubstatus } from '../domain/status.js';
import { normalizeItem } from '../ingest/normalize.js';
import { CarrierRequestError, type CarrierAdapter, type ParseResult } from './carrier.js';

/**
 * The contract every adapter in the registry meets, as plain checks (no test framework here, so
 * a CLI or a script can run them too). `contract.test.ts` runs them for every adapter in
 * `CARRIERS` and every fixture in `src/carriers/<id>/fixtures/`:
 *
 *   <name>.<json|edi|csv|txt>   a payload in the carrier's documented format
 *   <name>.expected.json        the exact ParseResult it must give
 *
 * A `.json` fixture is handed to `parse` as parsed JSON; the file formats as their text.
 * Each failure message names the adapter and the fixture.
 */

export const PAYLOAD_EXTENSIONS = ['json', 'edi', 'csv', 'txt'] as const;

export interface Fixture {
  readonly adapter: string;
  readonly name: string;
  readonly file: string;
  readonly payload: unknown;
  /** Undefined when the expected file is missing (itself a failure). */
  readonly expected: unknown;
}

/** Payloads no carrier sends but any parser must survive: each gives problems, never a throw. */
export const HOSTILE_PAYLOADS: readonly unknown[] = [
  undefined,
  null,
  0,
  -1.5,
  true,
  '',
  '{',
  'null',
  '\u0000\uFFFF\uD800',
  [],
  [null],
  {},
  { '': null },
  Object.create(null) as unknown,
  { __proto__: { shipments: [] } },
  'x'.repeat(100_000),
];

/** Where an adapter keeps its fixtures. */
export function fixtureFolder(adapterId: string): URL {
  return new URL(`./${adapterId}/fixtures/`, import.meta.url);
}

/** Every payload fixture of an adapter with its expected result, in name order. */
export function loadFixtures(adapterId: string): Fixture[] {
  let files: string[];
  try {
    files = readdirSync(fixtureFolder(adapterId));
  } catch {
    return [];
  }
  const names = new Set(files);
  return files
    .filter((file) => !file.endsWith('.expected.json'))
    .filter((file) => PAYLOAD_EXTENSIONS.some((ext) => file.endsWith(`.${ext}`)))
    .sort()
    .map((file) => {
      const name = file.slice(0, file.lastIndexOf('.'));
      const text = readFileSync(new URL(file, fixtureFolder(adapterId)), 'utf8');
      const expectedFile = `${name}.expected.json`;
      const expected = names.has(expectedFile)
        ? (JSON.parse(readFileSync(new URL(expectedFile, fixtureFolder(adapterId)), 'utf8')) as unknown)
        : undefined;
      return {
        adapter: adapterId,
        name,
        file,
        payload: file.endsWith('.json') ? (JSON.parse(text) as unknown) : text,
        expected,
      };
    });
}

/** The parse result as JSON would carry it (undefined fields gone), for comparing with an expected file. */
export function asJson(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result ?? null)) as unknown;
}

/** Structural problems with a ParseResult: each a sentence, empty when it keeps the contract. */
export function resultViolations(adapter: CarrierAdapter, result: unknown): string[] {
  const id = adapter.manifest.id;
  const out: string[] = [];
  const value = result as Partial<ParseResult> | undefined;
  if (!value || !Array.isArray(value.scans) || !Array.isArray(value.problems)) {
    return [
      `${id}: parse must return { scans: [], problems: [] }, got ${JSON.stringify(result)?.slice(0, 200)}`,
    ];
  }
  value.scans.forEach((scan, i) => {
    const where = `${id}: scans[${i}]`;
    if (typeof scan.trackingNumber !== 'string' || scan.trackingNumber.length === 0)
      out.push(`${where} has no trackingNumber`);
    if (typeof scan.carrier !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(scan.carrier))
      out.push(`${where} has carrier ${JSON.stringify(scan.carrier)}, not an adapter id`);
    if (!isSubstatus(scan.status) && !isStatus(scan.status))
      out.push(`${where} status ${JSON.stringify(scan.status)} is not in the closed set`);
    const zone = scan.zone;
    if (zone !== undefined && !isZone(zone))
      out.push(`${where} zone ${JSON.stringify(zone)} is not an IANA zone`);
    if (typeof scan.occurredAt !== 'string') out.push(`${where} occurredAt is not a string`);
    else if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(scan.occurredAt) && zone === undefined) {
      out.push(`${where} occurredAt ${scan.occurredAt} has no offset and the scan has no zone`);
    }
    if (
      scan.unmapped === true &&
      !(typeof scan.rawCode === 'string' && scan.rawCode.length > 0) &&
      !scan.rawDescription
    ) {
      out.push(`${where} is unmapped but keeps neither the raw code nor the description`);
    }
    const country = scan.location?.country;
    if (country !== undefined && !/^[A-Z]{2}$/.test(country))
      out.push(`${where} location.country ${JSON.stringify(country)} is not ISO 3166-1 alpha-2`);
  });
  value.problems.forEach((problem, i) => {
    if (!['not_found', 'invalid_payload', 'carrier_error', 'unsupported'].includes(problem.kind)) {
      out.push(`${id}: problems[${i}] has kind ${JSON.stringify(problem.kind)}`);
    }
    if (typeof problem.message !== 'string' || problem.message.length === 0)
      out.push(`${id}: problems[${i}] has no message`);
  });
  return out;
}

const knownZones = new Map<string, boolean>();
// IANAZone.isValidZone builds an Intl formatter each call; fuzzing asks about the same few zones.
function isZone(zone: string): boolean {
  let valid = knownZones.get(zone);
  if (valid === undefined) knownZones.set(zone, (valid = IANAZone.isValidZone(zone)));
  return valid;
}

/**
 * Scans the ingest pipeline would reject (bad number, unreadable time, unknown zone, bad
 * country): a fixture's scans must all get through, or the adapter loses them silently.
 */
export function pipelineRejections(adapter: CarrierAdapter, result: ParseResult): string[] {
  // A clock far ahead, so old fixtures are not "in the future" and new ones are not either.
  const now = new Date('2100-01-01T00:00:00Z');
  return result.scans.flatMap((scan, i) => {
    const normalized = normalizeItem(
      { ...scan, tenantId: 'contract', source: { adapter: adapter.manifest.id, mode: 'pull' } },
      now,
    );
    return normalized.ok
      ? []
      : [
          `${adapter.manifest.id}: scans[${i}] rejected by the pipeline: ${normalized.rejection.field} ${normalized.rejection.reason}`,
        ];
  });
}

/** Parse without letting a throw escape: a throw is reported as a violation. */
export function parseSafely(
  adapter: CarrierAdapter,
  payload: unknown,
): { result?: unknown; thrown?: unknown } {
  try {
    return { result: adapter.parse(payload) };
  } catch (thrown) {
    return { thrown };
  }
}

/** Status-map entries whose substatus is not in the closed set, or that say nothing. */
export function statusMapViolations(adapter: CarrierAdapter): string[] {
  const id = adapter.manifest.id;
  return Object.entries(adapter.statusMap).flatMap(([code, entry]) => {
    const out: string[] = [];
    if (!isSubstatus(entry.substatus))
      out.push(
        `${id}: status map ${JSON.stringify(code)} → ${JSON.stringify(entry.substatus)} is not a substatus in src/domain/status.ts`,
      );
    if (typeof entry.meaning !== 'string' || entry.meaning.trim().length === 0)
      out.push(`${id}: status map ${JSON.stringify(code)} has no meaning`);
    return out;
  });
}

/** The manifest agrees with the registry key and its capabilities are usable numbers. */
export function manifestViolations(registryKey: string, adapter: CarrierAdapter): string[] {
  const { manifest } = adapter;
  const out: string[] = [];
  if (manifest.id !== registryKey)
    out.push(`${registryKey}: registered under "${registryKey}" but manifest.id is "${manifest.id}"`);
  if (!manifest.name) out.push(`${registryKey}: manifest has no name`);
  const c = manifest.capabilities;
  if (!Number.isInteger(c.batchSize) || c.batchSize < 1)
    out.push(`${registryKey}: batchSize must be a positive integer`);
  if (!(c.ratePerSecond > 0) || !(c.burst >= 1) || !(c.concurrency >= 1))
    out.push(`${registryKey}: ratePerSecond, burst and concurrency must be positive`);
  if (c.pull && typeof adapter.createClient !== 'function')
    out.push(`${registryKey}: capabilities.pull but no createClient`);
  if ((manifest.settings as { type?: unknown } | undefined)?.type !== 'object')
    out.push(`${registryKey}: settings must be an object schema`);
  return out;
}

/** Settings property names that hold secrets. */
const SECRET_NAME = /secret|password|token|apikey|api_key|key$/i;

/**
 * Settings that satisfy the adapter's schema, with a recognisable canary in every secret field,
 * so a test can search any output or error for them.
 */
export function canarySettings(schema: TSchema): { settings: Record<string, unknown>; secrets: string[] } {
  const settings = Value.Create(schema) as Record<string, unknown>;
  const secrets: string[] = [];
  const properties = (schema as { properties?: Record<string, TSchema> }).properties ?? {};
  for (const [name, property] of Object.entries(properties)) {
    if ((property as { type?: string }).type !== 'string') continue;
    if (SECRET_NAME.test(name)) {
      const canary = `canary-${name}-7f3a9c`;
      settings[name] = canary;
      secrets.push(canary);
    } else if (/url$/i.test(name)) {
      settings[name] = 'http://carrier.invalid';
    } else if (settings[name] === '') {
      settings[name] = 'x';
    }
  }
  return { settings, secrets };
}

/**
 * Runs a pull adapter's client against a fake transport that answers every call with `body`
 * (and token requests with a token), then again with 401s, and returns every text a secret must
 * not appear in: the result and the error messages.
 */
export async function clientOutputs(
  adapter: CarrierAdapter,
  settings: Record<string, unknown>,
  body: unknown,
  trackingNumbers: readonly string[],
): Promise<string[]> {
  if (!adapter.createClient) return [];
  const texts: string[] = [];
  const answer = (status: number) =>
    (async (input: string | URL | Request) => {
      const url = String(input instanceof Request ? input.url : input);
      if (/token/i.test(url)) return Response.json({ access_token: 'canary-token-1b2c', expires_in: 3600 });
      return new Response(status === 200 ? JSON.stringify(body) : JSON.stringify({ error: 'unauthorized' }), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
  for (const status of [200, 401]) {
    try {
      const client = adapter.createClient(settings, {
        fetch: answer(status),
        clock: () => new Date('2025-03-12T00:00:00Z'),
      });
      const result = await client.track(trackingNumbers);
      texts.push(JSON.stringify(result));
    } catch (error) {
      texts.push(
        error instanceof Error
          ? `${error.message} ${error.stack ?? ''} ${error instanceof CarrierRequestError ? error.kind : ''}`
          : String(error),
      );
    }
  }
  return texts;
}
