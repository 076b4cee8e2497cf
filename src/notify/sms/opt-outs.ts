import { chunksFor, type Executor } from '../../store/executor.js';
import { ID_LIST_LIMIT } from '../batch-reads.js';

/** STOP: from now on nothing is sent to this number, whatever the tenant or shipment. */
export async function optOut(db: Executor, phone: string, now: Date): Promise<void> {
  await db
    .insertInto('sms_opt_outs')
    .values({ phone, opted_out_at: now.toISOString() })
    .onConflict((oc) => oc.column('phone').doNothing())
    .execute();
}

/** START: the number may be texted again. */
export async function optIn(db: Executor, phone: string): Promise<void> {
  await db.deleteFrom('sms_opt_outs').where('phone', '=', phone).execute();
}

export async function isOptedOut(db: Executor, phone: string): Promise<boolean> {
  const row = await db
    .selectFrom('sms_opt_outs')
    .select('phone')
    .where('phone', '=', phone)
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these numbers opted out: one read for a sender round. */
export async function optedOutAmong(db: Executor, phones: readonly string[]): Promise<Set<string>> {
  const optedOut = new Set<string>();
  for (const chunk of chunksFor([...new Set(phones)], 1, ID_LIST_LIMIT)) {
    const rows = await db.selectFrom('sms_opt_outs').select('phone').where('phone', 'in', chunk).execute();
    for (const row of rows) optedOut.add(row.phone);
  }
  return optedOut;
}
