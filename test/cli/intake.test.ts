import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intakeAddress } from '../../src/intake/intake-address.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

describe.each(DIALECTS)('waybill intake address on %s', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  it("prints the tenant's intake address, the same every time, at the configured domain", async () => {
    expect((await runCli('keys', 'create')).code).toBe(0);
    vi.stubEnv('INTAKE_DOMAIN', 'in.acme-shop.example');
    const first = await runCli('intake', 'address');
    expect(first.code).toBe(0);
    const [address, ...rest] = linesOf(first.stdout);
    expect(address).toMatch(/^[0-9a-f]{20}@in\.acme-shop\.example$/);
    expect(rest).toEqual([]);
    expect(first.stderr).toMatch(/SMTP listener is off/);
    expect(linesOf((await runCli('intake', 'address')).stdout)).toEqual([address]);
    // The API hands out the same one.
    const tenantId = /^tenant (\S+);/.exec(first.stderr)?.[1] as string;
    expect(await db.inspect((store) => intakeAddress(store.db, tenantId, 'in.acme-shop.example'))).toBe(
      address,
    );
  });

  it('asks which tenant when there are several, and refuses an unknown one', async () => {
    expect((await runCli('keys', 'create')).code).toBe(0);
    const other = await db.inspect((store) => createTenant(store.db, 'Other shop', new Date()));
    const ambiguous = await runCli('intake', 'address');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/several tenants exist; choose one with --tenant/);
    const chosen = await runCli('intake', 'address', '--tenant', other.id);
    expect(chosen.code).toBe(0);
    expect(chosen.stderr).toContain(`tenant ${other.id}`);
    const unknown = await runCli('intake', 'address', '--tenant', 'nope');
    expect(unknown).toMatchObject({ code: 1, stderr: 'waybill: no tenant with id nope\n' });
  });
});
