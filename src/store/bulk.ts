import { CompiledQuery } from 'kysely';
import type { StoreCapabilities } from './dialects/capabilities.js';
import { chunksFor, type Executor } from './executor.js';

// The ingest hot path writes thousands of rows per batch. Building those statements through the
// query builder costs more than executing them, so these helpers write the SQL text once per
// (statement, row count) and pass the values as one flat parameter list. Identifiers come from
// our own constants, never from input; every value is a bound parameter.

const textCache = new Map<string, string>();

function bindMarkers(
  caps: StoreCapabilities,
  rows: number,
  width: number,
  wrap: (row: string) => string,
): string {
  const parts: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r += 1) {
    const cells: string[] = [];
    for (let c = 0; c < width; c += 1) cells.push(caps.dialect === 'postgres' ? `$${(n += 1)}` : '?');
    parts.push(wrap(cells.join(', ')));
  }
  return parts.join(', ');
}

function cachedText(key: string, build: () => string): string {
  let text = textCache.get(key);
  if (text === undefined) {
    text = build();
    if (textCache.size < 1000) textCache.set(key, text);
  }
  return text;
}

/** `insert into table (columns) values (…), (…) [suffix]`, chunked under the parameter limit. */
export async function bulkInsert<Row extends object, Out = never>(
  db: Executor,
  caps: StoreCapabilities,
  table: string,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
  suffix = '',
): Promise<Out[]> {
  const out: Out[] = [];
  for (const chunk of chunksFor(rows, columns.length, caps.maxParameters)) {
    const text = cachedText(
      `${caps.dialect}|insert|${table}|${columns.join(',')}|${chunk.length}|${suffix}`,
      () =>
        [
          `insert into ${table} (${columns.join(', ')}) values`,
          bindMarkers(caps, chunk.length, columns.length, (cells) => `(${cells})`),
          suffix,
        ].join(' '),
    );
    const parameters = new Array<unknown>(chunk.length * columns.length);
    let at = 0;
    for (const row of chunk) {
      const cells = row as Record<string, unknown>;
      for (const column of columns) parameters[at++] = cells[column] ?? null;
    }
    const result = await db.executeQuery<Out>(CompiledQuery.raw(text, parameters));
    out.push(...result.rows);
  }
  return out;
}

/**
 * `update table set column = v.columnN … from (values …) as v where table.key = v.column1`:
 * many rows' new values in one statement (both databases name VALUES columns column1…N).
 * `counters` are columns that every updated row moves by one.
 */
export async function bulkUpdate<Row extends object>(
  db: Executor,
  caps: StoreCapabilities,
  table: string,
  key: keyof Row & string,
  columns: readonly (keyof Row & string)[],
  integerColumns: ReadonlySet<string>,
  rows: readonly Row[],
  counters: readonly string[] = [],
): Promise<void> {
  const width = columns.length + 1;
  for (const chunk of chunksFor(rows, width, caps.maxParameters)) {
    const shape = `${columns.join(',')}|${counters.join(',')}|${chunk.length}`;
    const text = cachedText(`${caps.dialect}|update|${table}|${shape}`, () => {
      // PostgreSQL types VALUES parameters as text; integer columns need a cast on the way in.
      const assignments = columns.map((column, index) =>
        integerColumns.has(column)
          ? `${column} = cast(v.column${index + 2} as integer)`
          : `${column} = v.column${index + 2}`,
      );
      for (const counter of counters) assignments.push(`${counter} = ${counter} + 1`);
      return [
        `update ${table} set ${assignments.join(', ')} from (values`,
        bindMarkers(caps, chunk.length, width, (cells) => `(${cells})`),
        `) as v where ${table}.${key} = v.column1`,
      ].join(' ');
    });
    const parameters: unknown[] = [];
    for (const row of chunk) {
      parameters.push((row as Record<string, unknown>)[key]);
      for (const column of columns) parameters.push((row as Record<string, unknown>)[column] ?? null);
    }
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
