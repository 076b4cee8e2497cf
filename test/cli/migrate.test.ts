import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

describe.each(DIALECTS)('waybill migrate on %s', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  it('applies the migrations to an empty database, then says it is up to date', async () => {
    const first = await runCli('migrate');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(linesOf(first.stdout)).toEqual([expect.stringMatching(/^applied: \S+/)]);
    expect(await db.counts()).toEqual({ tenants: 0, api_keys: 0, shipments: 0, tracking_events: 0 });

    const second = await runCli('migrate');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(linesOf(second.stdout)).toEqual([expect.stringMatching(/ is up to date$/)]);
  });

  it('names the database it brought up to date, without a password', async () => {
    await runCli('migrate');
    const { stdout } = await runCli('migrate');
    if (dialect === 'sqlite') {
      expect(stdout).toBe(`${db.url} is up to date\n`);
    } else {
      const url = new URL(db.url);
      expect(stdout).toContain(`${url.hostname}:${url.port}`);
      if (url.password) expect(stdout).not.toContain(`:${url.password}@`);
    }
  });
});
