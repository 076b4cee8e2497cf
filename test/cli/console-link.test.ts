import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/console/auth/password.js';
import { tokenForLink } from '../../src/console/auth/tokens.js';
import { createUser } from '../../src/console/auth/users.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

describe.each(DIALECTS)('waybill console-link on %s', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  it('prints the owner set-up link while nobody can sign in, and refuses once someone can', async () => {
    const none = await runCli('console-link');
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(linesOf(none.stderr)).toEqual([expect.stringMatching(/^waybill: the store has no shop yet/)]);

    const tenantId = await db.inspect(async (store) => (await createTenant(store.db, 'Shop', new Date())).id);
    const run = await runCli('console-link');
    expect(run.code).toBe(0);
    const [link] = linesOf(run.stdout);
    expect(link).toMatch(/^http:\/\/localhost:3000\/app\/setup\/[A-Za-z0-9_-]{43}$/);
    const secret = link!.split('/').pop()!;
    expect(await db.inspect((store) => tokenForLink(store.db, secret, 'setup', new Date()))).toMatchObject({
      tenantId,
    });

    await db.inspect(async (store) =>
      createUser(
        store.db,
        {
          tenantId,
          email: 'ada@shop.example',
          name: 'Ada',
          role: 'owner',
          passwordHash: await hashPassword('long enough password'),
        },
        new Date(),
      ),
    );
    const refused = await runCli('console-link');
    expect(refused.code).toBe(1);
    expect(linesOf(refused.stderr)).toEqual([
      expect.stringMatching(/^waybill: the shop already has people who can sign in/),
    ]);
    // Someone who lost the password (and a server without email): a reset link.
    const reset = await runCli('console-link', '--reset', 'ADA@shop.example');
    expect(reset.code).toBe(0);
    const resetSecret = linesOf(reset.stdout)[0]!.split('/').pop()!;
    expect(
      await db.inspect((store) => tokenForLink(store.db, resetSecret, 'reset', new Date())),
    ).toMatchObject({ email: 'ada@shop.example' });

    const unknown = await runCli('console-link', '--reset', 'nobody@shop.example');
    expect(unknown.code).toBe(1);
    expect(linesOf(unknown.stderr)).toEqual([
      'waybill: no console user has the email address nobody@shop.example',
    ]);
  });
});
