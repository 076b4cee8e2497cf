import { subscribePush } from '../../../notify/push/subscribe.js';
import { vapidPublicKey } from '../../../notify/push/vapid-keys.js';
import type { AppDeps } from '../../deps.js';
import type { PushSubscriptions } from './push-subscriptions.js';

/** Web push through src/notify/push: its VAPID key (made on first use, then cached) and subscribePush. */
export function pushSubscriptionsFor(deps: AppDeps): PushSubscriptions {
  return {
    publicKey: () => vapidPublicKey(deps.store),
    subscribe: async (input, now) => {
      await subscribePush(deps.store.db, input, now);
    },
  };
}
