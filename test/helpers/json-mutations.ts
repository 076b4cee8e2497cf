import fc from 'fast-check';

/**
 * Damaged versions of a carrier's JSON, for fuzzing parsers: fields dropped, nulled, retyped,
 * replaced by odd text or timestamps, arrays duplicated or emptied. Each edit picks a node of the
 * tree by index, so fast-check can shrink a failure to the one edit that causes it.
 */

type Json = unknown;

const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '🚚',
  'Z',
  'null',
  '2025-02-30T25:61:00Z',
  '2025-03-12T07:58:00',
  '2025-03-12T07:58:00+14:00',
  '2025-03-12T07:58:00-99:00',
  '2025-03-12',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '1970-01-01T00:00:00.000000001Z',
  'in_transit',
  'delivered',
  'DELIVERED',
  'Delivered_003',
  'Exception_010',
  'constructor',
  '__proto__',
  'USA',
  'XX',
  'ZZZ',
  'x'.repeat(5000),
];

export const junkValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Json>(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, 0, -1, 1e308, Number.NaN, [], {}) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

export interface Edit {
  readonly pick: number;
  readonly kind: number;
  readonly junk: Json;
}

export const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.record({ pick: fc.nat(), kind: fc.nat(7), junk: junkValue }),
  { minLength: 1, maxLength: 5 },
);

/** Applies the edits to a deep copy of `value`. */
export function mutate(value: Json, list: readonly Edit[]): Json {
  let root: Json = structuredClone(value);
  for (const edit of list) {
    const nodes = containers(root);
    const target = nodes[edit.pick % Math.max(1, nodes.length)];
    if (!target) {
      root = edit.junk;
      continue;
    }
    const keys = Object.keys(target);
    const key = keys[edit.pick % Math.max(1, keys.length)];
    const bag = target as Record<string, Json>;
    switch (edit.kind) {
      case 0: // a field dropped
        if (key !== undefined) {
          if (Array.isArray(target)) target.splice(Number(key), 1);
          else delete bag[key];
        }
        break;
      case 1: // a field nulled
        if (key !== undefined) bag[key] = null;
        break;
      case 2: // a field replaced by junk
      case 3:
        if (key !== undefined) bag[key] = edit.junk;
        break;
      case 4: // an array element duplicated, or the value wrapped in an array
        if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
        else if (key !== undefined) bag[key] = [bag[key]];
        break;
      case 5: // a new field with junk
        bag[`x${edit.pick % 7}`] = edit.junk;
        break;
      case 6: // a number-as-text or text-as-number swap
        if (key !== undefined) {
          const current = bag[key];
          bag[key] =
            typeof current === 'string'
              ? Number(current)
              : typeof current === 'number'
                ? String(current)
                : current;
        }
        break;
      default: // the whole subtree emptied
        if (key !== undefined) bag[key] = Array.isArray(bag[key]) ? [] : {};
    }
  }
  return root;
}

function containers(value: Json): (Record<string, Json> | Json[])[] {
  const found: (Record<string, Json> | Json[])[] = [];
  const walk = (node: Json, depth: number) => {
    if (depth > 12 || typeof node !== 'object' || node === null) return;
    found.push(node as Record<string, Json> | Json[]);
    for (const child of Object.values(node)) walk(child, depth + 1);
  };
  walk(value, 0);
  return found;
}
