import type { Executor } from '../../store/executor.js';
import { STATUSES, SUBSTATUS_CODES, type Status, type Substatus } from '../../domain/status.js';
import type { Metric } from './facts.js';
import { parseCounters, type Counters } from './rollup-store.js';
import { addDays, splitPeriod } from './weeks.js';

// The analytics figures of a period, computed from the rollups: volume, on-time rates, transit
// time percentiles, first-attempt rate, exceptions by reason, time in each status, and the
// accuracy of our delivery dates. docs/console.md defines each one.

export interface AnalyticsFilter {
  /** Inclusive local dates, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  readonly carrier: string;
  readonly service: string;
  readonly destination: string;
}

export interface Rate {
  readonly hits: number;
  readonly total: number;
  readonly rate: number | null;
}

export interface TransitRow {
  readonly carrier: string;
  readonly service: string;
  readonly lane: string;
  readonly n: number;
  readonly p50: number | null;
  readonly p80: number | null;
  readonly p95: number | null;
}

export interface AnalyticsReport {
  readonly filter: AnalyticsFilter;
  readonly volume: {
    readonly days: readonly { day: string; created: number }[];
    readonly created: number;
    readonly tracked: number;
    readonly delivered: number;
  };
  readonly onTimePromise: Rate;
  readonly onTimeEstimate: Rate;
  readonly onTimeByCarrier: readonly { carrier: string; promise: Rate; estimate: Rate }[];
  readonly transit: readonly TransitRow[];
  readonly transitOverall: TransitRow;
  readonly transitHistogram: readonly { days: number; count: number }[];
  readonly firstAttempt: Rate;
  readonly firstAttemptByCarrier: readonly { carrier: string; rate: Rate }[];
  readonly exceptions: readonly { substatus: Substatus; shipments: number; rate: number | null }[];
  readonly exceptionRate: Rate;
  readonly statusTime: readonly { status: Status; shipments: number; meanHours: number }[];
  readonly accuracy: {
    readonly n: number;
    readonly mae: number | null;
    readonly coverage: Rate;
    readonly byCarrier: readonly { carrier: string; n: number; mae: number | null; coverage: Rate }[];
    readonly byLane: readonly {
      carrier: string;
      service: string;
      lane: string;
      n: number;
      mae: number | null;
      coverage: Rate;
    }[];
    readonly calibration: readonly { decile: number; n: number; predicted: number; observed: number }[];
  };
}

interface Row {
  day: string;
  carrier: string;
  service: string;
  lane: string;
  metric: string;
  bucket: number;
  count: number;
  total: number;
}

/**
 * Reads the period's rollup rows (whole weeks, and days at the edges; each per
 * carrier·service·destination·lane) and sums
 * their counters per carrier, service, lane, metric and bucket, then computes the figures.
 */
export async function analyticsReport(
  db: Executor,
  tenantId: string,
  filter: AnalyticsFilter,
): Promise<AnalyticsReport> {
  // Whole weeks from the week rows, the days at the edges from the day rows.
  const period = splitPeriod(filter.from, filter.to);
  let query = db
    .selectFrom('console_rollups')
    .select(['span', 'day', 'carrier', 'service', 'lane', 'counts'])
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      eb.or([
        ...(period.weeks
          ? [
              eb.and([
                eb('span', '=', 'week'),
                eb('day', '>=', period.weeks.first),
                eb('day', '<=', period.weeks.last),
              ]),
            ]
          : []),
        ...period.days.map((span) =>
          eb.and([eb('span', '=', 'day'), eb('day', '>=', span.from), eb('day', '<=', span.to)]),
        ),
      ]),
    );
  if (filter.carrier) query = query.where('carrier', '=', filter.carrier);
  if (filter.service) query = query.where('service', '=', filter.service);
  if (filter.destination) query = query.where('destination', '=', filter.destination);
  // Rows of one carrier·service·lane are summed first (hundreds of groups, not a key per
  // counter and row), then spread into the metric rows compute() reads.
  const groups = new Map<string, { carrier: string; service: string; lane: string; sums: Counters }>();
  const perDay = new Map<string, number>();
  for (const stored of await query.execute()) {
    const key = `${stored.carrier}\u0000${stored.service}\u0000${stored.lane}`;
    let group = groups.get(key);
    if (!group) {
      group = { carrier: stored.carrier, service: stored.service, lane: stored.lane, sums: {} };
      groups.set(key, group);
    }
    const counters = parseCounters(stored.counts);
    for (const counter in counters) {
      const [count, total] = counters[counter]!;
      if (counter.startsWith('created:')) {
        // A day row counts its own day; a week row counts by weekday.
        const day = stored.span === 'week' ? addDays(stored.day, Number(counter.slice(8))) : stored.day;
        perDay.set(day, (perDay.get(day) ?? 0) + count);
        continue;
      }
      const held = group.sums[counter];
      if (held) {
        held[0] += count;
        held[1] += total;
      } else group.sums[counter] = [count, total];
    }
  }
  const rows: Row[] = [];
  for (const group of groups.values())
    for (const counter in group.sums) {
      const [count, total] = group.sums[counter]!;
      const at = counter.lastIndexOf(':');
      rows.push({
        day: '',
        carrier: group.carrier,
        service: group.service,
        lane: group.lane,
        metric: counter.slice(0, at),
        bucket: Number(counter.slice(at + 1)),
        count,
        total,
      });
    }
  const days = [...perDay]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, created]) => ({ day, created }));
  return compute(filter, rows, days);
}

export function compute(
  filter: AnalyticsFilter,
  rows: readonly Row[],
  days: readonly { day: string; created: number }[],
): AnalyticsReport {
  const byMetric = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byMetric.get(row.metric);
    if (list) list.push(row);
    else byMetric.set(row.metric, [row]);
  }
  const of = (metric: Metric): readonly Row[] => byMetric.get(metric) ?? [];
  const sum = (list: readonly Row[]) => list.reduce((n, r) => n + r.count, 0);
  const rate = (list: readonly Row[]): Rate => {
    const total = sum(list);
    const hits = sum(list.filter((r) => r.bucket === 1));
    return { hits, total, rate: total === 0 ? null : hits / total };
  };
  const carriers = [...new Set(rows.map((r) => r.carrier))].sort();
  const created = days.reduce((n, d) => n + d.created, 0);
  const tracked = sum(of('tracked'));

  const transitRows = of('transit_bd');
  const groups = new Map<string, Row[]>();
  for (const r of transitRows) {
    const key = `${r.carrier}\u0000${r.service}\u0000${r.lane}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const transit = [...groups.entries()]
    .map(([key, list]) => {
      const [carrier = '', service = '', lane = ''] = key.split('\u0000');
      return { carrier, service, lane, ...percentiles(list) };
    })
    .sort(
      (a, b) =>
        a.carrier.localeCompare(b.carrier) ||
        a.service.localeCompare(b.service) ||
        a.lane.localeCompare(b.lane),
    );
  const histogram = new Map<number, number>();
  for (const r of transitRows) histogram.set(r.bucket, (histogram.get(r.bucket) ?? 0) + r.count);

  const exceptionShipments = new Map<number, number>();
  for (const r of of('exception'))
    exceptionShipments.set(r.bucket, (exceptionShipments.get(r.bucket) ?? 0) + r.count);
  const exceptions = [...exceptionShipments.entries()]
    .map(([bucket, shipments]) => ({
      substatus: SUBSTATUS_CODES[bucket] ?? ('exception.other' as Substatus),
      shipments,
      rate: tracked === 0 ? null : shipments / tracked,
    }))
    .sort((a, b) => b.shipments - a.shipments);
  const exceptionTotal = exceptions.reduce((n, e) => n + e.shipments, 0);

  const statusTime = STATUSES.flatMap((status, index) => {
    const list = of('status_hours').filter((r) => r.bucket === index);
    const shipments = sum(list);
    if (shipments === 0) return [];
    return [{ status, shipments, meanHours: list.reduce((h, r) => h + r.total, 0) / shipments }];
  });

  const errors = of('eta_abs_error');
  const mae = (list: readonly Row[]) => {
    const n = sum(list);
    return n === 0 ? null : list.reduce((s, r) => s + r.bucket * r.count, 0) / n;
  };
  const calibration = [...Array(10).keys()].flatMap((decile) => {
    const predicted = of('calibration').filter((r) => r.bucket === decile);
    const n = sum(predicted);
    if (n === 0) return [];
    const hits = sum(of('calibration_hit').filter((r) => r.bucket === decile));
    return [{ decile, n, predicted: predicted.reduce((s, r) => s + r.total, 0) / n, observed: hits / n }];
  });

  return {
    filter,
    volume: { days, created, tracked, delivered: sum(of('delivered')) },
    onTimePromise: rate(of('on_time_promise')),
    onTimeEstimate: rate(of('on_time_estimate')),
    onTimeByCarrier: carriers
      .map((carrier) => ({
        carrier,
        promise: rate(of('on_time_promise').filter((r) => r.carrier === carrier)),
        estimate: rate(of('on_time_estimate').filter((r) => r.carrier === carrier)),
      }))
      .filter((c) => c.promise.total + c.estimate.total > 0),
    transit,
    transitOverall: { carrier: '', service: '', lane: '', ...percentiles(transitRows) },
    transitHistogram: [...histogram.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([days, count]) => ({ days, count })),
    firstAttempt: rate(of('first_attempt')),
    firstAttemptByCarrier: carriers
      .map((carrier) => ({ carrier, rate: rate(of('first_attempt').filter((r) => r.carrier === carrier)) }))
      .filter((c) => c.rate.total > 0),
    exceptions,
    exceptionRate: {
      hits: exceptionTotal,
      total: tracked,
      rate: tracked === 0 ? null : exceptionTotal / tracked,
    },
    statusTime,
    accuracy: {
      n: sum(errors),
      mae: mae(errors),
      coverage: rate(of('eta_in_window')),
      byCarrier: carriers
        .map((carrier) => {
          const list = errors.filter((r) => r.carrier === carrier);
          return {
            carrier,
            n: sum(list),
            mae: mae(list),
            coverage: rate(of('eta_in_window').filter((r) => r.carrier === carrier)),
          };
        })
        .filter((c) => c.n > 0),
      byLane: [...new Set(errors.map((r) => `${r.carrier}\u0000${r.service}\u0000${r.lane}`))]
        .sort()
        .map((key) => {
          const [carrier = '', service = '', lane = ''] = key.split('\u0000');
          const same = (r: Row) => r.carrier === carrier && r.service === service && r.lane === lane;
          const list = errors.filter(same);
          return {
            carrier,
            service,
            lane,
            n: sum(list),
            mae: mae(list),
            coverage: rate(of('eta_in_window').filter(same)),
          };
        }),
      calibration,
    },
  };
}

/** Nearest-rank percentiles of whole business days: the smallest value with at least p of the parcels at or below it. */
export function percentiles(list: readonly { bucket: number; count: number }[]): {
  n: number;
  p50: number | null;
  p80: number | null;
  p95: number | null;
} {
  const counts = new Map<number, number>();
  for (const r of list) counts.set(r.bucket, (counts.get(r.bucket) ?? 0) + r.count);
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((s, [, c]) => s + c, 0);
  const at = (p: number) => {
    if (n === 0) return null;
    const rank = Math.ceil(p * n);
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (seen >= rank) return value;
    }
    return sorted[sorted.length - 1]?.[0] ?? null;
  };
  return { n, p50: at(0.5), p80: at(0.8), p95: at(0.95) };
}
