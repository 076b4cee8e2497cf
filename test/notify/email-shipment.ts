import { registerShipment } from '../../src/ingest/register-shipment.js';
import { addRecipient } from '../../src/notify/recipients.js';
import type { Store } from '../../src/store/open-store.js';

/** A simulator shipment with one email recipient, `c<index>@example.com`. */
export async function shipmentWithEmailRecipient(
  store: Store,
  options: { tenantId: string; trackingNumber: string; index: number; now: Date; locale?: string },
): Promise<void> {
  const { tenantId, trackingNumber, index, now } = options;
  const { shipment } = await registerShipment(
    store,
    { tenantId, trackingNumber, carrier: 'simulator', details: { destination: { country: 'DE' } } },
    now,
  );
  await addRecipient(
    store.db,
    {
      tenantId,
      shipmentId: shipment.id,
      channel: 'email',
      address: `c${index}@example.com`,
      details: {},
      locale: options.locale ?? 'en',
      timeZone: 'Europe/Berlin',
      consentText: 't',
    },
    now,
  );
}
