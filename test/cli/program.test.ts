import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { SPAWN_TIMEOUT_MS, binScript, linesOf, runCli, type BinScript } from './run-cli.js';

useCliEnvironment();

describe('the waybill program', () => {
  it('lists its commands with --help and exits 0', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    for (const command of ['serve', 'migrate', 'track', 'add', 'keys', 'simulate', 'detect'])
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
  });

  it('prints its version with --version', async () => {
    const run = await runCli('--version');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits non-zero for an unknown command and says which', async () => {
    const run = await runCli('shipit');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`unknown command 'shipit'`);
  });

  it('exits non-zero for an unknown option and says which', async () => {
    const run = await runCli('detect', '--jsn', '1Z5R89390357567127');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`unknown option '--jsn'`);
  });

  it('exits non-zero when a subcommand is missing', async () => {
    const run = await runCli('keys');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('create');
  });

  it.each([
    [['serve', '--port', 'abc'], /^waybill: --port must be a number, got "abc"$/],
    [['serve', '--port', '70000'], /^waybill: invalid configuration at "port"/],
  ])('refuses %j with one line before starting anything', async (args, message) => {
    const run = await runCli(...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
  });
});

describe('waybill with a bad configuration', () => {
  let db: CliDatabase;
  beforeAll(async () => {
    db = await cliDatabase('sqlite');
  });
  afterAll(() => db.dispose());

  it('names the bad key in one line and exits 1', async () => {
    db.use();
    vi.stubEnv('LOG_LEVEL', 'loud');
    const run = await runCli('track', '--latest');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(/^waybill: invalid configuration at "logLevel"/),
    ]);
  });
});

describe('bin/waybill.js', () => {
  let bin: BinScript;
  beforeAll(async () => {
    bin = await binScript();
  });
  afterAll(() => bin.dispose());

  it.concurrent(
    'passes the arguments on and exits with the exit code of the command',
    async ({ expect }) => {
      const ok = await bin.run(['detect', '1Z5R89390357567127']);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('UPS (ups)');
    },
    SPAWN_TIMEOUT_MS,
  );

  it.concurrent(
    'exits non-zero for an unknown command',
    async ({ expect }) => {
      const run = await bin.run(['shipit']);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`unknown command 'shipit'`);
    },
    SPAWN_TIMEOUT_MS,
  );
});
