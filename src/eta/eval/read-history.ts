import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';

import { parse } from 'csv-parse';

import {
  readHistoryRecord,
  REQUIRED_COLUMNS,
  type BadRowReason,
  type HistoryRecord,
  type RecordContext,
} from './history-record.js';

// Streams a delivery-history CSV into checked records. Only the compact records are kept, because
// the replay has to order every prediction and delivery by time before it can start.

export interface RowFilter {
  readonly column: string;
  readonly value: string;
}

export interface DeliveryHistory {
  readonly records: HistoryRecord[];
  readonly rows: number;
  readonly badRows: Partial<Record<BadRowReason, number>>;
  /** Rows left out on purpose by the filter (not errors). */
  readonly excluded: number;
  readonly hasPurchaseTimes: boolean;
}

/** Parses `column=value`; undefined when the text has no `=` or an empty column name. */
export function parseRowFilter(text: string): RowFilter | undefined {
  const at = text.indexOf('=');
  if (at <= 0) return undefined;
  return { column: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

export async function readDeliveryHistory(
  path: string,
  context: RecordContext,
  filter?: RowFilter,
): Promise<DeliveryHistory> {
  try {
    await access(path);
  } catch {
    throw new Error(`Cannot read delivery history: no readable file at ${path}`);
  }
  const records: HistoryRecord[] = [];
  const badRows: Partial<Record<BadRowReason, number>> = {};
  let rows = 0;
  let excluded = 0;
  let hasPurchaseTimes = false;
  const parser = createReadStream(path).pipe(
    parse({ columns: true, skip_empty_lines: true, bom: true, relax_column_count: false }),
  );
  let header: readonly string[] | undefined;
  try {
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      if (!header) {
        header = Object.keys(row);
        const missing = REQUIRED_COLUMNS.filter((column) => !header!.includes(column));
        if (missing.length > 0) {
          throw new Error(`Delivery history ${path} lacks the required column(s): ${missing.join(', ')}`);
        }
        if (filter && !header.includes(filter.column)) {
          throw new Error(`Delivery history ${path} has no column ${filter.column} to filter on`);
        }
        hasPurchaseTimes = header.includes('purchased_at');
      }
      rows++;
      if (filter && (row[filter.column] ?? '').trim() !== filter.value) {
        excluded++;
        continue;
      }
      const record = readHistoryRecord(row, context);
      if (typeof record === 'string') badRows[record] = (badRows[record] ?? 0) + 1;
      else records.push(record);
    }
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Delivery history')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Delivery history ${path} is not a readable CSV: ${reason}`, { cause: error });
  }
  if (!header) throw new Error(`Delivery history ${path} has no rows`);
  return { records, rows, badRows, excluded, hasPurchaseTimes };
}
