import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS, binScript, linesOf, runCli, type BinScript } from './run-cli.js';

const UPS = '1Z5R89390357567127';
const UPS_BAD_CHECK_DIGIT = '1Z5R89390357567128';
const S10 = 'CN123456785CN';

interface DetectLine {
  input: string;
  candidates: Array<{
    carrier: string;
    carrierName: string;
    service: string;
    checkDigit: string;
    confidence: number;
    url: string | null;
  }>;
}

const parseLines = (stdout: string) => linesOf(stdout).map((line) => JSON.parse(line) as DetectLine);

// Detection is offline: none of these touch a database.
describe('waybill detect with numbers as arguments', () => {
  it('names the carrier of a number, with its service and check digit', async () => {
    const run = await runCli('detect', UPS);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = linesOf(run.stdout);
    expect(lines[0]).toBe(UPS);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}1\. UPS \(ups\) · .* · check digit verified · confidence \d\.\d\d/);
    expect(lines[1]).toContain(`https://`);
  });

  it('ignores spaces, dashes and case in what is typed', async () => {
    const run = await runCli('detect', '1z-5r8 939 0357 5671 27');
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)[0]).toBe(UPS);
    expect(run.stdout).toContain('UPS (ups)');
  });

  it('says so when several carriers fit, and lists them best first', async () => {
    const run = await runCli('detect', S10);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toMatch(new RegExp(`^${S10} .*ambiguous`));
    expect(lines[1]).toMatch(/^ {2}1\. China Post \(post-cn\) .*check digit verified/);
    expect(lines[2]).toMatch(/^ {2}2\. DHL \(dhl\) .*no check digit/);
  });

  it('describes every number given, in order', async () => {
    const run = await runCli('detect', S10, UPS);
    expect(run.code).toBe(0);
    const headers = linesOf(run.stdout).filter((line) => !line.startsWith(' '));
    expect(headers).toEqual([expect.stringMatching(new RegExp(`^${S10}`)), UPS]);
  });

  it('prints one JSON line per input with --json, the candidates in rank order', async () => {
    const run = await runCli('detect', '--json', S10, UPS);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [s10, ups, ...rest] = parseLines(run.stdout);
    expect(rest).toEqual([]);
    expect(s10?.input).toBe(S10);
    expect(s10?.candidates.map((c) => c.carrier)).toEqual(['post-cn', 'dhl']);
    expect(ups).toEqual({
      input: UPS,
      candidates: [
        {
          carrier: 'ups',
          carrierName: 'UPS',
          service: expect.any(String),
          checkDigit: 'verified',
          confidence: expect.any(Number),
          url: expect.stringContaining(UPS),
        },
      ],
    });
    for (const line of [s10, ups]) {
      for (const candidate of line?.candidates ?? []) {
        expect(Object.keys(candidate).sort()).toEqual(
          ['carrier', 'carrierName', 'checkDigit', 'confidence', 'service', 'url'].sort(),
        );
        expect(candidate.confidence).toBeGreaterThan(0);
        expect(candidate.confidence).toBeLessThanOrEqual(1);
      }
      const confidences = line?.candidates.map((c) => c.confidence) ?? [];
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    }
  });

  it('keeps the input as typed in --json', async () => {
    const run = await runCli('detect', '--json', '1z 5r8939 0357567127');
    expect(parseLines(run.stdout)).toEqual([
      { input: '1z 5r8939 0357567127', candidates: [expect.objectContaining({ carrier: 'ups' })] },
    ]);
  });

  it('exits 1 with one line when a number is not recognised, after describing it', async () => {
    const run = await runCli('detect', UPS_BAD_CHECK_DIGIT);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('waybill: 1 of 1 not recognised\n');
    expect(linesOf(run.stdout)).toEqual([
      UPS_BAD_CHECK_DIGIT,
      expect.stringMatching(/^ {2}not recognised: /),
    ]);
  });

  it('still answers for the recognised numbers when one is not, and counts the others', async () => {
    const run = await runCli('detect', '--json', UPS, 'hello');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('waybill: 1 of 2 not recognised\n');
    expect(parseLines(run.stdout)).toEqual([
      { input: UPS, candidates: [expect.objectContaining({ carrier: 'ups' })] },
      { input: 'hello', candidates: [] },
    ]);
  });
});

// Standard input needs a real process: the bin script, run as `waybill` would be. The processes
// are independent, so they run side by side.
describe('waybill detect reading standard input', () => {
  let bin: BinScript;
  beforeAll(async () => {
    bin = await binScript();
  });
  afterAll(() => bin.dispose());

  it.concurrent(
    'reads one number a line, skipping blank lines, when none is given',
    async ({ expect }) => {
      const run = await bin.run(['detect', '--json'], { stdin: `${UPS}\n\n  ${S10}  \r\n` });
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const lines = parseLines(run.stdout);
      expect(lines.map((line) => line.input)).toEqual([UPS, S10]);
      expect(lines.map((line) => line.candidates[0]?.carrier)).toEqual(['ups', 'post-cn']);
    },
    SPAWN_TIMEOUT_MS,
  );

  it.concurrent(
    'exits 1 with one line when a number on standard input is not recognised',
    async ({ expect }) => {
      const run = await bin.run(['detect'], { stdin: `${UPS}\n${UPS_BAD_CHECK_DIGIT}\n` });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('waybill: 1 of 2 not recognised\n');
      expect(run.stdout).toContain('UPS (ups)');
      expect(run.stdout).toContain(`${UPS_BAD_CHECK_DIGIT}\n  not recognised: `);
    },
    SPAWN_TIMEOUT_MS,
  );

  it.concurrent(
    'asks for numbers when standard input is empty',
    async ({ expect }) => {
      const run = await bin.run(['detect'], { stdin: '' });
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: 'waybill: give tracking numbers as arguments or on standard input\n',
      });
    },
    SPAWN_TIMEOUT_MS,
  );
});
