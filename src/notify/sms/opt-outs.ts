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

interface Question {
  resolve(optedOut: boolean): void;
  reject(error: Error): void;
}

/**
 * `isOptedOut` for the SMS channel, which asks right before each request: the questions asked
 * while one read is under way wait for the next, which answers them all at once. At a thousand
 * texts a second one read per text was a tenth of the delivery thread.
 */
export function optOutChecker(db: Executor): (phone: string) => Promise<boolean> {
  let waiting = new Map<string, Question[]>();
  let reading = false;
  const readWhileAsked = async (): Promise<void> => {
    while (waiting.size > 0) {
      const asked = waiting;
      waiting = new Map();
      let optedOut: Set<string>;
      try {
        optedOut = await optedOutAmong(db, [...asked.keys()]);
      } catch (error) {
        // Unknown is not "opted in": each of these sends fails and is tried again later.
        for (const questions of asked.values()) for (const q of questions) q.reject(error as Error);
        continue;
      }
      for (const [phone, questions] of asked) for (const q of questions) q.resolve(optedOut.has(phone));
    }
    reading = false;
  };
  return (phone) =>
    new Promise<boolean>((resolve, reject) => {
      const questions = waiting.get(phone);
      if (questions) questions.push({ resolve, reject });
      else waiting.set(phone, [{ resolve, reject }]);
      if (reading) return;
      reading = true;
      // Next turn of the loop: the questions of the sends handled in this one join the read.
      setImmediate(() => void readWhileAsked());
    });
}
