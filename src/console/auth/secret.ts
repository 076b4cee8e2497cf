import { randomBytes } from 'node:crypto';
import type { Executor } from '../../store/executor.js';

/**
 * A random secret of the installation, made on first use and then read back: every node of a
 * PostgreSQL deployment gets the same one. Two nodes racing to make it keep the first.
 */
export async function installationSecret(db: Executor, name: string, now: Date): Promise<Buffer> {
  await db
    .insertInto('installation_secrets')
    .values({ name, value: randomBytes(32).toString('base64'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('installation_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64');
}
