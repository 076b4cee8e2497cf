import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { allDelivered, expectCleanRepeats, outboxWebhookIds } from './webhook-delivery-checks.js';
import { WebhookReceiver } from './webhook-receiver.js';
import {
  killAllWebhooksServers,
  startWebhooksServer,
  type WebhooksServer,
  FAST_WEBHOOKS_CONFIG,
} from './webhooks-process.js';

// "The process killed in the middle of sending. After recovery every message is delivered. None
// is lost, and any duplicate carries the same idempotency key (webhook-id)."
// Each round starts a child (slow: tsx compiles the server), registers shipments and kills it
// while webhooks are in flight; a last child then has to finish the job.
const ROUNDS = 2;
const SHIPMENTS_PER_ROUND = 12;

const CHILD_CONFIG = FAST_WEBHOOKS_CONFIG;

describe.each(DIALECTS)('webhooks survive a killed sender on %s', (dialect) => {
  let dir: string;
  let store: TestStore | undefined;
  const receiver = new WebhookReceiver();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'waybill-webhooks-crash-'));
  });
  afterAll(async () => {
    await killAllWebhooksServers();
    await receiver.stop();
    await store?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'delivers every message after SIGKILLs mid-send; repeats carry the same webhook-id and body',
    { timeout: 420_000 },
    async () => {
      const opened = await freshStore(dialect, { sqliteFile: join(dir, 'waybill.db') });
      store = opened;
      const receiverUrl = await receiver.start();
      // Slow answers keep requests in flight when the kill lands; every fifth message fails once.
      receiver.answer = async ({ webhookId, seen }) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return seen === 0 && webhookId.charCodeAt(5) % 5 === 0 ? 500 : 200;
      };
      const api = (server: WebhooksServer, path: string, body: unknown) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });

      let endpointId: string | undefined;
      let registered = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const server = await startWebhooksServer(opened.url, CHILD_CONFIG);
        if (!endpointId) {
          const res = await api(server, '/v1/webhook-endpoints', { url: receiverUrl, events: ['*'] });
          expect(res.status).toBe(201);
          const endpoint = (await res.json()) as { id: string; secret: string };
          endpointId = endpoint.id;
          receiver.secrets.push(endpoint.secret);
        }
        const before = receiver.received.length;
        for (let i = 0; i < SHIPMENTS_PER_ROUND; i += 1) {
          const res = await api(server, '/v1/shipments', {
            trackingNumber: `WBCRASH${round}${String(i).padStart(3, '0')}`,
            carrier: 'custom',
          });
          expect(res.status).toBe(201);
          registered += 1;
        }
        // Kill while the sender is busy: some requests answered, more on their way.
        await waitFor(() => receiver.received.length >= before + 3, `round ${round} sending`, 60_000);
        await server.kill();
      }
      const last = await startWebhooksServer(opened.url, CHILD_CONFIG);

      // Everything the outbox holds for merchants, each to the one endpoint: the ids that must
      // arrive. Read again while waiting: estimates add eta.changed messages after registration.
      let expected = new Set<string>();
      await waitFor(
        async () => {
          expected = (await outboxWebhookIds(opened.db, endpointId!)).all;
          return allDelivered(opened.db, receiver, expected);
        },
        'every message delivered after the restarts',
        90_000,
      );
      expect(expected.size).toBeGreaterThanOrEqual(registered);
      const lost = [...expected].filter((id) => !receiver.deliveredIds().has(id));
      expect(lost).toEqual([]);
      // A message that arrived more than once came with the same id and the same body every time.
      expectCleanRepeats(receiver, expected);
      await last.kill();
    },
  );
});
