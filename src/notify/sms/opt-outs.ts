import type { Executor } from '../../store/executor.js';

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
