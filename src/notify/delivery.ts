import type { Channel, ChannelId, SendResult } from './channel.js';
import { renderMessage, type RenderInput } from './render.js';

/**
 * The last step of sending: lay the message out for its channel and hand it to the provider.
 * Pure CPU and network, no queue logic, so it can run on another thread (thread/delivery-thread.ts)
 * while the sender keeps claims, quiet hours and the attempt log on the main one.
 */
export interface Delivery {
  /** Starts what sending needs (a thread); until then `send` fails. */
  start(): void;
  /** Why a channel cannot send (not configured…), or undefined when it can. */
  offReason(channel: ChannelId): string | undefined;
  send(channel: ChannelId, input: RenderInput): Promise<SendResult>;
  close(): Promise<void>;
}

/** Renders and sends in this thread. */
export class LocalDelivery implements Delivery {
  constructor(
    private readonly channels: ReadonlyMap<ChannelId, Channel>,
    private readonly off: ReadonlyMap<ChannelId, string> = new Map(),
    private readonly onClose: () => void = () => undefined,
  ) {}

  start(): void {}

  offReason(channel: ChannelId): string | undefined {
    if (this.channels.has(channel)) return undefined;
    return this.off.get(channel) ?? `channel ${channel} is off`;
  }

  async send(channel: ChannelId, input: RenderInput): Promise<SendResult> {
    const target = this.channels.get(channel);
    if (!target) throw new Error(this.offReason(channel));
    return target.send(renderMessage(input));
  }

  close(): Promise<void> {
    this.onClose();
    return Promise.resolve();
  }
}
