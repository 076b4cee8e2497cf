/**
 * npm run bench:carriers-rest — parse throughput of the four REST carrier parsers (UPS, FedEx,
 * USPS, DHL) at small, medium and large payloads, against JSON.parse of the same bytes as the
 * baseline, in one run on one thread. Equal MB/s across sizes is what "time linear in the input
 * size" looks like; a super-linear parser would fall off at the large size.
 * Writes bench/results/carriers-rest.md.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { ParseResult } from '../src/carriers/carrier.js';
import { parseDhl } from '../src/carriers/dhl/parse.js';
import { parseFedex } from '../src/carriers/fedex/parse.js';
import { parseUps } from '../src/carriers/ups/parse.js';
import { parseUsps } from '../src/carriers/usps/parse.js';

const ROUNDS = 5;
const ROUND_MS = 400;
const SIZES = { small: 10, medium: 1_000, large: 50_000 } as const; // scan events per payload

const CITIES = [
  ['Chicago', 'IL', '60638', 'US'],
  ['Columbus', 'OH', '43219', 'US'],
  ['Denver', 'CO', '80202', 'US'],
  ['Austin', 'TX', '78701', 'US'],
] as const;

/** The i-th event's local time: one minute apart, so the parser has real ordering work. */
function localTime(i: number): { date: string; time: string; iso: string } {
  const at = new Date(Date.UTC(2025, 2, 1, 8, 0) + i * 60_000).toISOString();
  return {
    date: at.slice(0, 10).replaceAll('-', ''),
    time: at.slice(11, 19).replaceAll(':', ''),
    iso: at.slice(0, 19),
  };
}

// Builders in each carrier's documented shape (carrier-formats.md §1–4), newest first as they send.
const BUILD: Record<
  string,
  { parse: (payload: unknown) => ParseResult; payload: (events: number) => unknown }
> = {
  ups: {
    parse: parseUps,
    payload: (n) => {
      const codes = [
        ['I', '005', 'Arrived at Facility'],
        ['I', '021', 'Out For Delivery Today'],
        ['X', '013', 'The address is incomplete'],
        ['D', '011', 'DELIVERED'],
      ];
      const packages = Array.from({ length: Math.ceil(n / 50) }, (_, p) => ({
        trackingNumber: `1Z4F87W2034261${String(p).padStart(4, '0')}`,
        activity: Array.from({ length: Math.min(50, n - p * 50) }, (_, k) => {
          const i = p * 50 + k;
          const t = localTime(i);
          const [city, state, zip, country] = CITIES[i % 4]!;
          const [type, statusCode, description] = codes[i % 4]!;
          return {
            date: t.date,
            time: t.time,
            gmtOffset: '-05:00',
            location: { address: { city, stateProvince: state, postalCode: zip, countryCode: country } },
            status: { type, statusCode, description },
          };
        }).reverse(),
      }));
      return { trackResponse: { shipment: [{ inquiryNumber: '1Z4F87W20342610000', package: packages }] } };
    },
  },
  fedex: {
    parse: parseFedex,
    payload: (n) => {
      const codes = [
        ['AR', 'At local FedEx facility'],
        ['DP', 'Departed FedEx hub'],
        ['OD', 'On FedEx vehicle for delivery'],
        ['DE', 'Delivery exception'],
      ];
      const results = Array.from({ length: Math.ceil(n / 50) }, (_, r) => ({
        trackingNumber: `7944617${String(r).padStart(5, '0')}`,
        trackResults: [
          {
            trackingNumberInfo: {
              trackingNumber: `7944617${String(r).padStart(5, '0')}`,
              carrierCode: 'FDXE',
            },
            scanEvents: Array.from({ length: Math.min(50, n - r * 50) }, (_, k) => {
              const i = r * 50 + k;
              const [city, state, zip, country] = CITIES[i % 4]!;
              const [eventType, eventDescription] = codes[i % 4]!;
              return {
                date: `${localTime(i).iso}-06:00`,
                eventType,
                eventDescription,
                scanLocation: { city, stateOrProvinceCode: state, postalCode: zip, countryCode: country },
              };
            }).reverse(),
          },
        ],
      }));
      return { transactionId: 'bench', output: { completeTrackResults: results } };
    },
  },
  usps: {
    parse: parseUsps,
    payload: (n) => {
      const codes = [
        ['10', 'Processed through USPS Facility'],
        ['SF', 'Departed USPS Regional Facility'],
        ['OF', 'Out for Delivery'],
        ['01', 'Delivered, In/At Mailbox'],
      ];
      return {
        trackingNumber: '9400111899223855732126',
        trackingEvents: Array.from({ length: n }, (_, i) => {
          const [city, state, zip] = CITIES[i % 4]!;
          const [eventCode, eventType] = codes[i % 4]!;
          return {
            eventType,
            eventCode,
            eventTimestamp: localTime(i).iso,
            GMTOffset: '-300',
            eventCity: city,
            eventState: state,
            eventZIP: zip,
            eventCountry: '',
          };
        }).reverse(),
      };
    },
  },
  dhl: {
    parse: parseDhl,
    payload: (n) => {
      const places = ['LEIPZIG - GERMANY', 'PARIS-CHARLES DE GAULLE - FRANCE', 'LYON - FRANCE', 'Bonn'];
      const codes = [
        ['transit', 'Departed Facility'],
        ['transit', 'Customs status updated'],
        ['transit', 'With delivery courier'],
        ['delivered', 'Delivered'],
      ];
      const shipments = Array.from({ length: Math.ceil(n / 50) }, (_, s) => ({
        id: `52843${String(s).padStart(5, '0')}`,
        service: 'express',
        events: Array.from({ length: Math.min(50, n - s * 50) }, (_, k) => {
          const i = s * 50 + k;
          const [statusCode, status] = codes[i % 4]!;
          // Local times without an offset, as DHL Express sends them: the zone lookup is in the measurement.
          return {
            timestamp: localTime(i).iso,
            statusCode,
            status,
            description: status,
            location: {
              address: { addressLocality: places[i % 4], countryCode: i % 4 === 3 ? 'DE' : undefined },
            },
          };
        }).reverse(),
      }));
      return { shipments };
    },
  },
};

function medianRate(bytes: number, run: () => void): number {
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    let iterations = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run();
      iterations += 1;
      elapsed = performance.now() - start;
    } while (elapsed < ROUND_MS);
    rates.push((bytes * iterations) / (elapsed / 1000) / 1e6);
  }
  return rates.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

const rows: string[][] = [
  [
    'carrier',
    'size',
    'events',
    'bytes',
    'JSON.parse MB/s (baseline)',
    'parse MB/s',
    'JSON.parse + parse MB/s',
    'scans',
    'µs per event',
  ],
];
for (const [carrier, { parse, payload }] of Object.entries(BUILD)) {
  for (const [size, events] of Object.entries(SIZES)) {
    const text = JSON.stringify(payload(events));
    const bytes = Buffer.byteLength(text);
    const parsed = JSON.parse(text) as unknown;
    const scans = parse(parsed).scans.length;
    if (scans !== events) throw new Error(`${carrier} ${size}: ${scans} scans from ${events} events`);
    const baseline = medianRate(bytes, () => JSON.parse(text));
    const adapter = medianRate(bytes, () => parse(parsed));
    const both = medianRate(bytes, () => parse(JSON.parse(text)));
    const usPerEvent = (bytes / (adapter * 1e6) / events) * 1e6;
    rows.push([
      carrier,
      size,
      String(events),
      String(bytes),
      baseline.toFixed(1),
      adapter.toFixed(1),
      both.toFixed(1),
      String(scans),
      usPerEvent.toFixed(2),
    ]);
    console.log(rows.at(-1)!.join('\t'));
  }
}

// Per-event time at the largest size over the smallest: about 1 for a linear parser (a cold cache
// makes the small size dearer); a quadratic one would show thousands at 5,000× the events.
const growth = Object.keys(BUILD).map((carrier) => {
  const mine = rows.filter((r) => r[0] === carrier);
  const small = Number(mine.find((r) => r[1] === 'small')![8]);
  const large = Number(mine.find((r) => r[1] === 'large')![8]);
  return `${carrier} ${(large / small).toFixed(2)}`;
});
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const nproc = execSync('nproc').toString().trim();
const table = [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)]
  .map((r) => `| ${r.join(' | ')} |`)
  .join('\n');
writeFileSync(
  new URL('./results/carriers-rest.md', import.meta.url),
  `# REST carrier parsers: throughput and linearity

Command: \`npm run bench:carriers-rest\` (\`tsx bench/carrier-parse-rest.bench.ts\`)
Machine: ${cpu}, ${nproc} cores, Node ${process.version}, one thread. Load average at the end of the run:
${load} (the cores were shared with other work, so absolute figures are noisy; compare within a row).
Method: payloads built in each carrier's documented shape (10, 1,000 and 50,000 scan events; UPS,
FedEx and DHL split into packages/results/shipments of 50 events). Each figure is the median of
${ROUNDS} rounds of at least ${ROUND_MS} ms. "parse" is the adapter's pure parse of the already-parsed
JSON; the baseline is \`JSON.parse\` of the same bytes, measured in the same run. DHL events carry
local times without an offset, so its figure includes finding each place's zone.

${table}

Linearity: per-event time at 50,000 events ÷ per-event time at 10 events: ${growth.join(', ')}.
A value near 1 (or below, where the small payload pays for cold caches) means parse time grows
linearly with the payload; a super-linear parser would show a factor in the thousands. The fuzz tests (\`src/carriers/<id>/parse.fuzz.test.ts\`) check the
other half of the claim, that no payload makes a parser throw.
`,
);
console.log(`\nlinearity (large/small per-event time): ${growth.join(', ')}`);
console.log('wrote bench/results/carriers-rest.md');
