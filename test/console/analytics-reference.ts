// An independent reading of the analytics figures, straight from the scans the test sends: it
// shares no code with src/console/analytics. Destinations are in Germany and France only, so
// "the destination's local date" is a plain Europe/Berlin or Europe/Paris date.

export interface Parcel {
  readonly trackingNumber: string;
  readonly carrier: 'ups' | 'dhl';
  readonly promisedDate: string;
  readonly destination: { country: 'DE' | 'FR'; city: string };
  readonly origin: { country: 'DE'; city: string };
  readonly scans: { occurredAt: string; status: string; city: string; country: string }[];
}

/** A deterministic history: n parcels, some failing a first attempt, some with exceptions. */
export function historyOf(n: number, seed: number): Parcel[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const parcels: Parcel[] = [];
  for (let i = 0; i < n; i++) {
    const carrier = random() < 0.5 ? 'ups' : 'dhl';
    const country = random() < 0.7 ? 'DE' : 'FR';
    const city = country === 'DE' ? 'Berlin' : 'Paris';
    const start = Date.UTC(2026, 10, 2 + Math.floor(random() * 14), 7 + Math.floor(random() * 10));
    const hours = (h: number) => new Date(start + h * 3_600_000).toISOString();
    const transitHours = 24 + Math.floor(random() * 140);
    const scans: Parcel['scans'] = [
      { occurredAt: hours(0), status: 'in_transit.picked_up', city: 'Hamburg', country: 'DE' },
    ];
    if (random() < 0.25)
      scans.push({ occurredAt: hours(6), status: 'exception.carrier_delay', city: 'Hamburg', country: 'DE' });
    const delivered = random() < 0.85;
    if (delivered) {
      if (random() < 0.3)
        scans.push({
          occurredAt: hours(transitHours - 20),
          status: 'attempt_failed.recipient_absent',
          city,
          country,
        });
      scans.push({ occurredAt: hours(transitHours), status: 'delivered.standard', city, country });
    }
    const promise = new Date(start + (2 + Math.floor(random() * 5)) * 86_400_000).toISOString().slice(0, 10);
    parcels.push({
      trackingNumber: `AN${String(seed).padStart(2, '0')}${String(i).padStart(10, '0')}`,
      carrier,
      promisedDate: promise,
      destination: { country, city },
      origin: { country: 'DE', city: 'Hamburg' },
      scans,
    });
  }
  return parcels;
}

const ZONES = { DE: 'Europe/Berlin', FR: 'Europe/Paris' } as const;

function localDate(instant: string, zone: string): string {
  return new Date(instant).toLocaleDateString('en-CA', { timeZone: zone });
}

function weekdaysAfter(fromDate: string, toDate: string): number {
  let count = 0;
  const day = new Date(`${fromDate}T12:00:00Z`);
  const end = new Date(`${toDate}T12:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day > end) return count;
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) count += 1;
  }
}

function nearestRank(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1]!;
}

export function independentFigures(parcels: readonly Parcel[]) {
  const transit: number[] = [];
  let attempted = 0;
  let firstTime = 0;
  let withPromise = 0;
  let onTime = 0;
  let exceptionShipments = 0;
  const byCarrier = { ups: { attempted: 0, firstTime: 0 }, dhl: { attempted: 0, firstTime: 0 } };
  for (const parcel of parcels) {
    const zone = ZONES[parcel.destination.country];
    const scans = [...parcel.scans].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    if (scans.some((s) => s.status.startsWith('exception'))) exceptionShipments += 1;
    const delivery = scans.find((s) => s.status.startsWith('delivered'));
    if (!delivery) continue;
    transit.push(weekdaysAfter(localDate(scans[0]!.occurredAt, zone), localDate(delivery.occurredAt, zone)));
    const first = scans.find((s) => /^(delivered|attempt_failed|available_for_pickup)/.test(s.status))!;
    attempted += 1;
    byCarrier[parcel.carrier].attempted += 1;
    if (first === delivery) {
      firstTime += 1;
      byCarrier[parcel.carrier].firstTime += 1;
    }
    withPromise += 1;
    if (localDate(first.occurredAt, zone) <= parcel.promisedDate) onTime += 1;
  }
  return {
    delivered: transit.length,
    transit: {
      p50: nearestRank(transit, 0.5),
      p80: nearestRank(transit, 0.8),
      p95: nearestRank(transit, 0.95),
    },
    attempted,
    firstTime,
    withPromise,
    onTime,
    // Every parcel has a first carrier scan, so every one counts as tracked.
    tracked: parcels.length,
    exceptionShipments,
    byCarrier,
  };
}
