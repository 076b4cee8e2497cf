import type { Config } from '../../config/config.js';
import type { ChannelId, SendResult } from '../channel.js';
import type { RenderInput } from '../render.js';

/** What the worker is started with: enough to open its own store and build its own channels. */
export interface DeliveryWorkerData {
  readonly databaseUrl: string;
  readonly config: Config;
}

/** Main thread → delivery thread. */
export type ToDelivery =
  | { readonly type: 'send'; readonly id: number; readonly channel: ChannelId; readonly input: RenderInput }
  | { readonly type: 'stop' };

/** Delivery thread → main thread. */
export type FromDelivery =
  | { readonly type: 'ready' }
  | { readonly type: 'sent'; readonly id: number; readonly result: SendResult }
  | { readonly type: 'threw'; readonly id: number; readonly error: string };
