import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockSqliteServer, StoreInUse } from '../../src/store/serve-lock.js';
import { binScript, SPAWN_TIMEOUT_MS, type BinScript } from './run-cli.js';

/** A pid no process has: that of a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'close');
  return child.pid!;
}

describe('the SQLite server lock', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waybill-lock-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second holder while the first lives, and is free again once released', async () => {
    const url = `sqlite:${join(dir, 'a.db')}`;
    const release = await lockSqliteServer(url);
    await expect(lockSqliteServer(url)).rejects.toThrow(StoreInUse);
    await expect(lockSqliteServer(url)).rejects.toThrow(
      /already served by another Waybill process \(pid \d+, since/,
    );
    await release();
    expect(existsSync(join(dir, 'a.db.serve.lock'))).toBe(false);
    await (
      await lockSqliteServer(url)
    )();
  });

  it('makes the database folder when it is not there yet (the first start of a fresh checkout)', async () => {
    const url = `sqlite:${join(dir, 'not-yet', 'deeper', 'waybill.db')}`;
    const release = await lockSqliteServer(url);
    expect(existsSync(join(dir, 'not-yet', 'deeper', 'waybill.db.serve.lock'))).toBe(true);
    await release();
    expect(existsSync(join(dir, 'not-yet', 'deeper', 'waybill.db.serve.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that died, or that is unreadable', async () => {
    const lock = join(dir, 'b.db.serve.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: await deadPid(), host: hostname(), since: '2026-12-01T00:00:00Z' }),
    );
    const release = await lockSqliteServer(`sqlite:${join(dir, 'b.db')}`);
    await release();
    await writeFile(lock, '{"pid": 12');
    await (
      await lockSqliteServer(`sqlite:${join(dir, 'b.db')}`)
    )();
  });

  it('refuses a lock held on another host, where it cannot tell whether the holder lives', async () => {
    await writeFile(
      join(dir, 'c.db.serve.lock'),
      JSON.stringify({ pid: 1, host: 'elsewhere', since: '2026-12-01T00:00:00Z' }),
    );
    await expect(lockSqliteServer(`sqlite:${join(dir, 'c.db')}`)).rejects.toThrow(/pid 1 on elsewhere/);
  });

  it('locks nothing for PostgreSQL or an in-memory database', async () => {
    await (
      await lockSqliteServer('postgres://postgres@127.0.0.1:5432/test')
    )();
    await (
      await lockSqliteServer(':memory:')
    )();
  });
});

describe('waybill serve as processes', () => {
  let bin: BinScript;
  let dir: string;
  beforeAll(async () => {
    bin = await binScript();
    dir = await mkdtemp(join(tmpdir(), 'waybill-serve-'));
  });
  afterAll(async () => {
    await bin.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const serve = (): ChildProcessWithoutNullStreams =>
    spawn(process.execPath, ['--import', 'tsx', bin.bin, 'serve', '--port', '0', '--no-simulator'], {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'w.db')}`,
        LOG_LEVEL: 'warn',
        WAYBILL_CONFIG: '',
      },
    });
  const output = (child: ChildProcessWithoutNullStreams) => {
    const text = { stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (c: string) => (text.stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (text.stderr += c));
    return text;
  };

  it(
    'refuses a second server on one SQLite file in one line, and stops on SIGTERM within 10 s, freeing it',
    async () => {
      const first = serve();
      const firstOut = output(first);
      const firstClosed = once(first, 'close');
      try {
        while (!firstOut.stdout.includes('Waybill is running at')) {
          if (first.exitCode !== null) throw new Error(`the first server exited: ${firstOut.stderr}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const second = serve();
        const secondOut = output(second);
        const [code] = (await once(second, 'close')) as [number];
        expect(code).toBe(1);
        const lines = secondOut.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^waybill: .*w\.db is already served by another Waybill process \(pid \d+/);
        expect(lines[0]).toContain(`pid ${first.pid}`);

        const asked = Date.now();
        first.kill('SIGTERM');
        const [firstCode] = (await firstClosed) as [number];
        expect(firstCode).toBe(0);
        expect(Date.now() - asked).toBeLessThan(10_000);
        expect(existsSync(join(dir, 'w.db.serve.lock'))).toBe(false);
      } finally {
        if (first.exitCode === null) first.kill('SIGKILL');
      }
    },
    SPAWN_TIMEOUT_MS * 2,
  );
});
