import { createHash } from 'node:crypto';
import type { ChannelId } from '../channel.js';

/**
 * Which queued confirmation a new parcel joins: the one of the same order, local day, channel and
 * address (each parcel has its own recipient row for the same customer). Kept hashed in the
 * message's context, so the queue holds no address of its own.
 */
export function confirmationGroup(orderId: string, day: string, channel: ChannelId, address: string): string {
  return createHash('sha256')
    .update(`${orderId}\u0000${day}\u0000${channel}\u0000${address.toLowerCase()}`)
    .digest('base64url')
    .slice(0, 32);
}
