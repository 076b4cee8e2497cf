import { chunksFor, type Executor } from '../store/executor.js';
import { ID_LIST_LIMIT } from './batch-reads.js';
import type { MessageContext } from './queue.js';
import type { ToldEstimate } from './told.js';

/** The estimate each recipient's newest sent message showed, in one read per few hundred recipients. */
export async function lastToldEstimates(
  db: Executor,
  recipientIds: readonly string[],
): Promise<Map<string, ToldEstimate>> {
  const told = new Map<string, ToldEstimate>();
  const newest = new Map<string, string>();
  for (const chunk of chunksFor([...new Set(recipientIds)], 1, ID_LIST_LIMIT)) {
    const rows = await db
      .selectFrom('notification_messages')
      .select(['recipient_id', 'context', 'sent_at'])
      .where('recipient_id', 'in', chunk)
      .where('status', '=', 'sent')
      .execute();
    for (const row of rows) {
      const sentAt = row.sent_at ?? '';
      const context = JSON.parse(row.context) as MessageContext;
      if (!context.told || (newest.get(row.recipient_id) ?? '') > sentAt) continue;
      newest.set(row.recipient_id, sentAt);
      told.set(row.recipient_id, context.told);
    }
  }
  return told;
}
