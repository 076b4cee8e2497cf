import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../../store/open-store.js';
import { notificationChannels } from '../channels.js';
import { LocalDelivery } from '../delivery.js';
import type { DeliveryWorkerData, FromDelivery, ToDelivery } from './messages.js';

// The delivery thread (see delivery-thread.ts): renders and calls the providers. Its store
// connection serves the channels' own reads (SMS opt-outs, VAPID keys) and the rare opt-out a
// provider reports; the queue itself is written by the main thread only. An error while
// starting ends the thread; the main thread logs it and starts it again.
const port = parentPort;
if (!port) throw new Error('delivery-worker runs only as a worker thread');
const { databaseUrl, config } = workerData as DeliveryWorkerData;
const post = (message: FromDelivery) => port.postMessage(message);

// The main thread migrated the store before starting this thread.
const store = await openStore(databaseUrl, { migrate: false, poolSize: 2 });
const configured = notificationChannels(config, store);
const delivery = new LocalDelivery(configured.channels, configured.off);

port.on('message', (message: ToDelivery) => {
  if (message.type === 'send') {
    const { id } = message;
    delivery.send(message.channel, message.input).then(
      (result) => post({ type: 'sent', id, result }),
      (error: unknown) =>
        post({ type: 'threw', id, error: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  configured.close();
  store
    .close()
    .catch(() => undefined) // closing anyway; the main thread waits for this thread to end
    .finally(() => port.close());
});
post({ type: 'ready' });
