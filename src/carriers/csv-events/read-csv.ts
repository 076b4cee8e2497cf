import { parse } from 'csv-parse/sync';

/** One data row: its line in the file (1 = the header) and its cells by normalised column name. */
export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Lines csv-parse could not read (an unclosed quote…); the other rows still count. */
  readonly badLines: readonly { readonly line: number; readonly message: string }[];
}

/**
 * Reads a CSV with a header row. Column names are matched loosely (`Tracking Number`,
 * `tracking-number` and `trackingNumber` are all `tracking_number`). The delimiter is the one
 * the header uses most: comma, semicolon (spreadsheets in many European locales) or tab.
 */
export function readCsv(text: string): CsvTable | { error: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, Math.max(0, body.search(/\r?\n/)) || body.length);
  if (firstLine.trim() === '') return { error: 'the file is empty or its first line (the header) is blank' };
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    count(firstLine, candidate) > count(firstLine, best) ? candidate : best,
  );
  const badLines: { line: number; message: string }[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      // Files stitched together from several systems mix line endings.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // A stray quote inside a field (12" box) is text, not a broken line.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: { message?: string; lines?: number } | undefined) => {
        badLines.push({
          line: error?.lines ?? 0,
          message: (error?.message ?? 'unreadable line').slice(0, 200),
        });
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return { error: `the file is not CSV: ${(error as Error).message.slice(0, 200)}` };
  }
  const [header, ...data] = records;
  if (!header) return { error: 'the file has no header row' };
  const columns = header.record.map(columnName);
  const rows = data.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    columns.forEach((column, index) => {
      const value = record[index]?.trim();
      if (column && value) cells[column] = value;
    });
    return { line: info.lines, cells };
  });
  return { columns, rows, badLines };
}

/** `Tracking Number`, `tracking-number`, `trackingNumber` → `tracking_number`. */
export function columnName(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n += 1;
  return n;
}
