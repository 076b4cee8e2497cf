import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * Payloads for fuzzing a carrier parser: random JSON, and the adapter's own fixtures mutated the
 * ways real traffic goes wrong — a field with the wrong type, a field gone, a huge string, odd
 * Unicode, an impossible date, an array blown up, the whole text cut short.
 */

type Path = readonly (string | number)[];

const HUGE = 'x'.repeat(200_000);

const ODD_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1e308,
    -0,
    [],
    {},
    '',
    ' ',
    HUGE,
    `${HUGE} - GERMANY`,
    '\uD800',
    '\u202E\u0000\uFFFF',
    '𝒳𝒴 İ ﬃ ß Ω',
    'DE',
    'ZZ',
    '2025-13-45T99:99:99',
    '2025-02-30T10:00:00',
    '9999-12-31T23:59:59+14:00',
    '0000-01-01T00:00:00Z',
    '2025-03-11T25:61:00-05:00',
    '20250230',
    '999999',
    '-300',
    '+99999',
    'delivered',
    'DL',
    '011',
    'MV',
  ),
);

/** Every path to a value inside a JSON document (objects and arrays both). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i): [number, unknown] => [i, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

type Mutation =
  | { readonly kind: 'replace'; readonly path: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly path: number }
  | { readonly kind: 'repeat'; readonly path: number; readonly times: number };

function apply(document: unknown, path: Path, mutation: Mutation): void {
  let parent = document as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) {
    const next = parent?.[part];
    if (!next || typeof next !== 'object') return;
    parent = next as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined || !parent || typeof parent !== 'object') return;
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else if (Array.isArray(parent) && typeof last === 'number') {
    parent.splice(last, 0, ...Array.from({ length: mutation.times }, () => structuredClone(parent[last])));
  }
}

/** The JSON fixtures of one adapter, parsed. */
export function jsonFixtures(adapterId: string): unknown[] {
  const folder = new URL(`./${adapterId}/fixtures/`, import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as unknown);
}

/** Random JSON, mutated fixtures, and truncated fixture text, mixed. */
export function fuzzPayloads(fixtures: readonly unknown[]): fc.Arbitrary<unknown> {
  const withPaths = fixtures.map((fixture) => ({
    fixture,
    paths: pathsOf(fixture),
    text: JSON.stringify(fixture),
  }));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), value: ODD_VALUES }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('repeat' as const),
        path: fc.nat(),
        times: fc.integer({ min: 1, max: 20 }),
      }),
    },
  );
  const mutated = fc
    .tuple(fc.nat({ max: withPaths.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([which, mutations]) => {
      const { fixture, paths } = withPaths[which]!;
      const document = structuredClone(fixture);
      for (const m of mutations) if (paths.length > 0) apply(document, paths[m.path % paths.length]!, m);
      return document;
    });
  const truncated = fc
    .tuple(fc.nat({ max: withPaths.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([which, fraction]) => {
      const { text } = withPaths[which]!;
      const cut = text.slice(0, Math.floor(text.length * fraction));
      // Half the time the caller already parsed what it got; a cut that still parses is a real case.
      try {
        return JSON.parse(cut) as unknown;
      } catch {
        return cut;
      }
    });
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: truncated },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}
