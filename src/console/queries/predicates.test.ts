import { CompiledQuery, sql } from 'kysely';
import { newShipmentRow } from '../../ingest/new-shipment.js';
import { insertNewShipmentRows } from '../../store/repositories/shipments.js';
import { describe, expect, it } from 'vitest';
import { OPEN_PROMISED, STALLED } from '../../store/migrations/0008-console.js';
import { openStore } from '../../store/open-store.js';
import { attentionItemsQuery } from './attention.js';
import { PARTIAL_INDEX_WHERE } from './predicates.js';

describe('the partial indexes of the attention queue', () => {
  it('are created with the very predicates the queries write', () => {
    expect(STALLED).toBe(PARTIAL_INDEX_WHERE.stalled);
    expect(OPEN_PROMISED).toBe(PARTIAL_INDEX_WHERE.openPromised);
  });

  it('let SQLite read the stalled and late kinds through an index, not the whole table', async () => {
    const store = await openStore(':memory:');
    try {
      // A shop's year: mostly delivered; a few stalled, a few promised and still under way.
      const rows = Array.from({ length: 3_000 }, (_, i) => {
        const row = newShipmentRow({
          tenantId: 'T',
          trackingNumber: `N${i}`,
          carrier: 'ups',
          details: undefined,
          now: '2026-01-01T00:00:00.000Z',
        });
        const underWay = i % 50 === 0;
        return {
          ...row,
          status: underWay ? 'in_transit' : 'delivered',
          stalled: underWay && i % 100 === 0 ? 1 : 0,
          promised_date: i % 3 === 0 ? '2026-06-01' : null,
        };
      });
      await store.db
        .insertInto('tenants')
        .values({ id: 'T', name: 'Shop', settings: '{}', created_at: '2026-01-01T00:00:00.000Z' })
        .execute();
      await insertNewShipmentRows(store.db, store.caps, rows);
      await sql`analyze`.execute(store.db);
      const query = { today: '2026-12-06', now: new Date('2026-12-06T12:00:00Z'), assigned: 'all' as const };
      const planOf = async (kind: 'stalled' | 'late') => {
        const compiled = attentionItemsQuery(store.db, 'T', kind, query, { limit: 25, offset: 0 }).compile();
        const plan = await store.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        return plan.rows.map((row) => row.detail).join('\n');
      };
      // Either partial index or status ranges, by the statistics; never the whole table.
      for (const kind of ['stalled', 'late'] as const) {
        const plan = await planOf(kind);
        expect(plan, kind).toMatch(/SEARCH s USING (COVERING )?INDEX/);
        expect(plan, kind).not.toMatch(/SCAN s\b/);
      }
      expect(await planOf('late')).toContain('shipments_open_promised');
    } finally {
      await store.close();
    }
  });
});
