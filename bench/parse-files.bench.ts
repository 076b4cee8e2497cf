/**
 * npm run bench:files — X12 214 and EPCIS 2.0 parse throughput in MB/s at three sizes, to show
 * that time grows linearly with the input (MB/s stays flat from 10 KB to 10 MB). Baseline, on
 * the same bytes in the same run: the raw tokenizing cost (`text.split` on the segment
 * terminator for X12, `JSON.parse` for EPCIS), which no parser can beat.
 */
import { cpus } from 'node:os';
import { buildInterchange, sampleTransaction } from '../src/carriers/x12-214/build-interchange.js';
import { parseEpcis } from '../src/carriers/epcis/parse.js';
import { parseX12 } from '../src/carriers/x12-214/parse.js';

const SIZES = [
  ['10 KB', 10_000],
  ['1 MB', 1_000_000],
  ['10 MB', 10_000_000],
] as const;
// At least this much work per measurement, and never fewer than three runs: the median is reported.
const MIN_BYTES = 20_000_000;
const MIN_RUNS = 3;

function x12OfSize(bytes: number): string {
  const one = buildInterchange([sampleTransaction('PRO1000001')]).length;
  const transactions = Array.from({ length: Math.max(1, Math.round(bytes / (one * 0.8))) }, (_, i) =>
    sampleTransaction(`PRO${String(1_000_000 + i)}`, `202611${String(10 + (i % 18)).padStart(2, '0')}`),
  );
  return buildInterchange(transactions);
}

function epcisOfSize(bytes: number): string {
  const event = (i: number) => ({
    type: 'ObjectEvent',
    eventID: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    eventTime: `2026-11-${String(10 + (i % 18)).padStart(2, '0')}T10:00:00Z`,
    eventTimeZoneOffset: '+01:00',
    action: 'OBSERVE',
    epcList: [`urn:epc:id:sscc:4012345.${String(i).padStart(10, '0')}`],
    bizStep: ['shipping', 'departing', 'arriving', 'receiving'][i % 4],
    disposition: 'in_transit',
    readPoint: { id: 'urn:epc:id:sgln:4012345.00001.0' },
    bizLocation: { id: 'urn:epc:id:sgln:4012345.00001.0' },
  });
  const one = JSON.stringify(event(0)).length + 1;
  const events = Array.from({ length: Math.max(1, Math.round(bytes / one)) }, (_, i) => event(i));
  return JSON.stringify({
    '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2026-11-21T18:00:00Z',
    epcisBody: { eventList: events },
  });
}

/** Median MB/s of `work` over `text`. */
function throughput(text: string, work: (text: string) => unknown): number {
  const bytes = Buffer.byteLength(text);
  const runs = Math.max(MIN_RUNS, Math.ceil(MIN_BYTES / bytes));
  const rates: number[] = [];
  work(text); // warm-up
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    work(text);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(bytes / 1e6 / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] as number;
}

const rows: string[][] = [
  ['format', 'size', 'scans', 'parse MB/s', 'baseline MB/s', 'baseline', 'parse / baseline'],
];
for (const [format, make, parse, baselineName, baseline] of [
  ['X12 214', x12OfSize, parseX12, 'text.split("~")', (t: string) => t.split('~')],
  ['EPCIS 2.0', epcisOfSize, parseEpcis, 'JSON.parse', (t: string) => JSON.parse(t) as unknown],
] as const) {
  for (const [label, size] of SIZES) {
    const text = make(size);
    const scans = parse(text).scans.length;
    const parseRate = throughput(text, parse);
    const baseRate = throughput(text, baseline);
    rows.push([
      format,
      `${label} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`,
      String(scans),
      parseRate.toFixed(1),
      baseRate.toFixed(1),
      baselineName,
      `${((parseRate / baseRate) * 100).toFixed(1)} %`,
    ]);
    console.error(`${format} ${label}: ${parseRate.toFixed(1)} MB/s (baseline ${baseRate.toFixed(1)})`);
  }
}

console.log(`File parsers: MB/s by input size (flat MB/s = linear time)`);
console.log(
  `node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · one thread\n`,
);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
}
