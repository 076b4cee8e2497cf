import type { Executor } from '../executor.js';

export interface UnmappedCodeSighting {
  readonly carrier: string;
  readonly rawCode: string;
  readonly description: string;
  readonly count: number;
}

export interface UnmappedCode {
  readonly carrier: string;
  readonly rawCode: string;
  readonly count: number;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly sampleDescription: string;
}

/** Adds sightings of codes a carrier's status map does not know; the newest description is the sample. */
export async function countUnmappedCodes(
  db: Executor,
  sightings: readonly UnmappedCodeSighting[],
  now: string,
): Promise<void> {
  // Sorted: concurrent writers upsert rows in one order, so they cannot deadlock on PostgreSQL.
  const sorted = [...sightings].sort((a, b) =>
    a.carrier === b.carrier ? (a.rawCode < b.rawCode ? -1 : 1) : a.carrier < b.carrier ? -1 : 1,
  );
  for (const s of sorted) {
    await db
      .insertInto('carrier_unmapped_codes')
      .values({
        carrier: s.carrier,
        raw_code: s.rawCode,
        count: s.count,
        first_seen_at: now,
        last_seen_at: now,
        sample_description: s.description,
      })
      .onConflict((oc) =>
        oc.columns(['carrier', 'raw_code']).doUpdateSet((eb) => ({
          count: eb('carrier_unmapped_codes.count', '+', eb.ref('excluded.count')),
          last_seen_at: eb.ref('excluded.last_seen_at'),
          sample_description: eb.ref('excluded.sample_description'),
        })),
      )
      .execute();
  }
}

/** Every counted code, most frequent first. */
export async function listUnmappedCodes(db: Executor): Promise<UnmappedCode[]> {
  const rows = await db
    .selectFrom('carrier_unmapped_codes')
    .selectAll()
    .orderBy('carrier')
    .orderBy('count', 'desc')
    .orderBy('raw_code')
    .execute();
  return rows.map((row) => ({
    carrier: row.carrier,
    rawCode: row.raw_code,
    count: Number(row.count),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    sampleDescription: row.sample_description,
  }));
}
