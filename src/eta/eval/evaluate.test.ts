import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { epochDayOf, isoDateOf } from '../calendar/civil-day.js';
import { deliveryCalendarFor } from '../calendar/delivery-calendar.js';
import { MONDAY_TO_FRIDAY } from '../calendar/delivery-days.js';
import { evaluateDeliveryHistory } from './evaluate.js';
import { formatEvaluationReport } from './report-text.js';

// A small delivery history written by the test: 40 orders from SP to RJ that always take three
// business days after hand-over, plus rows that are wrong in every way the report must count.

const calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'BR', region: 'RJ' });
const HEADER =
  'id,purchased_at,shipped_at,delivered_at,promised_at,origin_region,destination_region,order_status,seller_id';

function goodRows(): string[] {
  const rows: string[] = [];
  let shipped = epochDayOf(2017, 3, 6);
  for (let n = 0; n < 40; n++) {
    const purchased = shipped - 1;
    const delivered = calendar.addBusinessDays(shipped, 3);
    rows.push(
      [
        `order-${n}`,
        `${isoDateOf(purchased)}T20:15:00`,
        `${isoDateOf(shipped)}T10:00:00`,
        `${isoDateOf(delivered)}T15:30:00`,
        `${isoDateOf(shipped + 12)}T00:00:00`,
        'SP',
        'RJ',
        'delivered',
        `seller-${n % 3}`,
      ].join(','),
    );
    shipped = calendar.addBusinessDays(shipped, 1);
  }
  return rows;
}

const BAD_ROWS = [
  'no-ship,2017-03-01T10:00:00,,2017-03-09T10:00:00,2017-03-20T00:00:00,SP,RJ,delivered,s',
  'no-delivery,2017-03-01T10:00:00,2017-03-02T10:00:00,,2017-03-20T00:00:00,SP,RJ,delivered,s',
  'backwards,2017-03-01T10:00:00,2017-03-09T10:00:00,2017-03-08T10:00:00,2017-03-20T00:00:00,SP,RJ,delivered,s',
  'shipped-first,2017-03-05T10:00:00,2017-03-02T10:00:00,2017-03-08T10:00:00,2017-03-20T00:00:00,SP,RJ,delivered,s',
  'garbled,2017-03-01T10:00:00,2017-03-02T10:00:00,next week,2017-03-20T00:00:00,SP,RJ,delivered,s',
  ',2017-03-01T10:00:00,2017-03-02T10:00:00,2017-03-08T10:00:00,2017-03-20T00:00:00,SP,RJ,delivered,s',
];
const CANCELLED = 'cancelled,2017-03-01T10:00:00,,,2017-03-20T00:00:00,SP,RJ,canceled,s';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waybill-eta-eval-'));
  file = join(dir, 'history.csv');
  await writeFile(file, [HEADER, ...goodRows(), ...BAD_ROWS, CANCELLED].join('\n') + '\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('eta-eval on a small history', () => {
  it('counts bad rows by reason instead of dropping them silently', async () => {
    const report = await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR' });
    expect(report.rows).toBe(40 + BAD_ROWS.length + 1);
    expect(report.usedRows).toBe(40);
    expect(report.badRows).toEqual({
      missing_shipped_at: 2,
      missing_delivered_at: 1,
      delivered_before_shipped: 1,
      shipped_before_purchased: 1,
      invalid_delivered_at: 1,
      missing_id: 1,
    });
    expect(report.excludedRows).toBe(0);
  });

  it('leaves out rows that fail the filter, and says how many', async () => {
    const report = await evaluateDeliveryHistory(file, {
      zone: 'America/Sao_Paulo',
      country: 'BR',
      where: 'order_status=delivered',
    });
    expect(report.excludedRows).toBe(1);
    expect(report.badRows.missing_shipped_at).toBe(1);
  });

  it('predicts at purchase and at hand-over, and learns the lane', async () => {
    const report = await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR' });
    const shipped = report.moments.shipped!;
    expect(report.moments.purchase!.waybill.predictions).toBe(40);
    expect(shipped.waybill.predictions).toBe(40);
    // Only the first few hand-overs happen before any delivery is known.
    expect(shipped.waybill.exactShare).toBeGreaterThan(0.85);
    expect(shipped.waybill.maeDays).toBeLessThan(shipped.promise.maeDays);
    expect(shipped.promise.lateShare).toBe(0);
    expect(shipped.promiseCalibration!.actualShare).toBe(1);
  });

  it('lets each prediction see only deliveries completed before it', async () => {
    const report = await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR' });
    // Shipped on consecutive business days and delivered three business days later: the first
    // four hand-overs come before the first delivery, so the lane median has nothing to say yet.
    expect(report.moments.shipped!.laneMedian.predictions).toBe(36);
  });

  it('scores only predictions from a given date, while still learning from earlier rows', async () => {
    const all = await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR' });
    const late = await evaluateDeliveryHistory(file, {
      zone: 'America/Sao_Paulo',
      country: 'BR',
      scoreFrom: '2017-04-03',
    });
    // Hand-overs from 6 March on business days: 20 of them fall before 3 April.
    expect(late.moments.shipped!.waybill.predictions).toBe(20);
    expect(late.moments.shipped!.laneMedian.predictions).toBe(20);
    expect(late.moments.shipped!.waybill.maeDays).toBeLessThanOrEqual(all.moments.shipped!.waybill.maeDays);
    await expect(evaluateDeliveryHistory(file, { scoreFrom: 'spring' })).rejects.toThrow(/--score-from/);
  });

  it('reports every calendar quarter of the predictions apart, and does not judge small ones', async () => {
    const report = await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR' });
    const shipped = report.quarters.filter((q) => q.moment === 'shipped');
    // Hand-overs on the 40 business days from 6 March 2017: 20 in March, 20 from 3 April on.
    expect(shipped.map((q) => [q.quarter, q.waybill.predictions])).toEqual([
      ['2017-Q1', 20],
      ['2017-Q2', 20],
    ]);
    for (const moment of ['purchase', 'shipped'] as const) {
      const inQuarters = report.quarters.filter((q) => q.moment === moment);
      const sum = (pick: (q: (typeof inQuarters)[number]) => number): number =>
        inQuarters.reduce((total, q) => total + pick(q), 0);
      expect(sum((q) => q.waybill.predictions)).toBe(report.moments[moment]!.waybill.predictions);
      expect(sum((q) => q.laneMedian.predictions)).toBe(report.moments[moment]!.laneMedian.predictions);
    }
    expect(report.quarters.every((q) => !q.goals.judged && q.goals.met === null)).toBe(true);
    expect(report.goalsMet).toBeNull();
    const text = formatEvaluationReport(report);
    expect(text).toContain('2017-Q2, predicted at shipped');
    expect(text).toContain('not judged (fewer than 500 predictions)');
    expect(text).toContain('goals: no quarter had enough predictions to judge');
  });

  it('writes one row per prediction with --out', async () => {
    const out = join(dir, 'predictions.csv');
    await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR', out });
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('id,moment,predicted_date,window_low,window_high,p_by_promise');
    expect(lines).toHaveLength(1 + 80);
    const last = lines.find((line) => line.startsWith('order-39,shipped,'))!.split(',');
    const shippedDay = calendar.addBusinessDays(epochDayOf(2017, 3, 6), 39);
    expect(last[2]).toBe(isoDateOf(calendar.addBusinessDays(shippedDay, 3)));
    expect(Number(last[5])).toBeGreaterThan(0.95);
  });

  it('reads offset-less timestamps as UTC when no zone is given, and says so', async () => {
    const report = await evaluateDeliveryHistory(file, {});
    expect(report.zone).toBe('UTC');
    expect(report.zoneNote).toMatch(/read as UTC/);
    expect(formatEvaluationReport(report)).toContain('read as UTC');
  });

  it('prints a table per moment naming all three predictors', async () => {
    const text = formatEvaluationReport(
      await evaluateDeliveryHistory(file, { zone: 'America/Sao_Paulo', country: 'BR' }),
    );
    expect(text).toContain('predicted at purchase');
    expect(text).toContain('predicted at shipped');
    expect(text).toMatch(/Waybill\s+40/);
    expect(text).toContain("data's promise");
    expect(text).toContain('lane median');
    expect(text).toContain('bad rows: missing_shipped_at 2');
  });
});

describe('eta-eval refuses bad input with a clear message', () => {
  it('names a file that is not there', async () => {
    await expect(evaluateDeliveryHistory(join(dir, 'nope.csv'))).rejects.toThrow(
      /no readable file at .*nope\.csv/,
    );
  });

  it('names the missing columns', async () => {
    const partial = join(dir, 'partial.csv');
    await writeFile(partial, 'id,shipped_at\nx,2017-03-01T10:00:00\n');
    await expect(evaluateDeliveryHistory(partial)).rejects.toThrow(
      'lacks the required column(s): delivered_at',
    );
  });

  it('reports a file that is not CSV', async () => {
    const broken = join(dir, 'broken.csv');
    await writeFile(broken, 'id,shipped_at,delivered_at\n"x,2017-03-01T10:00:00,2017-03-02T10:00:00\n');
    await expect(evaluateDeliveryHistory(broken)).rejects.toThrow(/is not a readable CSV/);
  });

  it('names a bad option value', async () => {
    await expect(evaluateDeliveryHistory(file, { zone: 'Mars/Base' })).rejects.toThrow(
      'Unknown time zone for --zone: Mars/Base',
    );
    await expect(evaluateDeliveryHistory(file, { deliveryDays: 'weekdays' })).rejects.toThrow(
      /--delivery-days weekdays/,
    );
    await expect(evaluateDeliveryHistory(file, { where: 'delivered' })).rejects.toThrow(
      /--where wants column=value/,
    );
    await expect(evaluateDeliveryHistory(file, { where: 'colour=red' })).rejects.toThrow(/no column colour/);
    for (const country of ['XX', 'ZZ', 'Brazil'])
      await expect(evaluateDeliveryHistory(file, { country }), country).rejects.toThrow(
        `--country wants an ISO 3166 two-letter country code such as BR, not ${country}`,
      );
  });
});
