import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { registerEtaEval } from './eta-eval.js';

let dir: string;
let history: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waybill-eta-cli-'));
  history = join(dir, 'history.csv');
  await writeFile(
    history,
    [
      'id,shipped_at,delivered_at,promised_at',
      'a,2024-01-08T09:00:00,2024-01-11T15:00:00,2024-01-15',
      'b,2024-01-15T09:00:00,2024-01-18T15:00:00,2024-01-22',
      'c,2024-01-22T09:00:00,,2024-01-29',
    ].join('\n'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<string[]> {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => {
    printed.push(text);
  });
  const program = new Command('waybill').exitOverride();
  registerEtaEval(program);
  await program.parseAsync(['eta-eval', ...args], { from: 'user' });
  return printed;
}

describe('waybill eta-eval', () => {
  it('prints one JSON object with --json', async () => {
    const printed = await run(history, '--json', '--zone', 'Europe/Berlin', '--country', 'DE');
    expect(printed).toHaveLength(1);
    const report = JSON.parse(printed[0]!);
    expect(report).toMatchObject({
      zone: 'Europe/Berlin',
      country: 'DE',
      usedRows: 2,
      badRows: { missing_delivered_at: 1 },
    });
    expect(report.moments.shipped.waybill.predictions).toBe(2);
  });

  it('prints tables by default', async () => {
    const [text] = await run(history, '--zone', 'Europe/Berlin');
    expect(text).toContain('predicted at shipped');
  });

  it('takes a recency half-life in days, never, or learned, and says which it used', async () => {
    const [set] = await run(history, '--zone', 'Europe/Berlin', '--half-life', '30');
    expect(set).toContain('recency half-life 30 d (set)');
    const [never] = await run(history, '--json', '--zone', 'Europe/Berlin', '--half-life', 'never');
    expect(JSON.parse(never!).model).toMatchObject({ halfLifeDays: null, halfLifeLearned: false });
    const [learned] = await run(history, '--zone', 'Europe/Berlin', '--half-life', 'learned');
    expect(learned).toContain('recency half-life learned: 90 d at the end');
  });

  it('refuses a half-life that is not a positive number of days', async () => {
    for (const bad of ['0', '-5', 'soon', '1e3']) {
      await expect(run(history, '--half-life', bad)).rejects.toThrow(
        `--half-life wants a number of days, never or learned, not ${bad}`,
      );
    }
  });

  it('takes the carriers’ cut-off as a local time and says so', async () => {
    const [text] = await run(history, '--zone', 'Europe/Berlin', '--cutoff', '17:30');
    expect(text).toContain('hand-overs from 17:30 count from the next day');
    const [json] = await run(history, '--json', '--zone', 'Europe/Berlin', '--cutoff', '9');
    expect(JSON.parse(json!).model).toMatchObject({ cutoffHour: 9 });
    for (const bad of ['25', '17:75', 'late', '-1']) {
      await expect(run(history, '--cutoff', bad)).rejects.toThrow(
        `--cutoff wants a local time such as 17 or 17:30, not ${bad}`,
      );
    }
  });

  it('fails with a one-line message for a file that is not there', async () => {
    const failure = run(join(dir, 'missing.csv'));
    await expect(failure).rejects.toThrow(
      /^Cannot read delivery history: no readable file at .*missing\.csv$/,
    );
  });
});
