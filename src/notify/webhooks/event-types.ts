import { DOMAIN_EVENT_TYPES } from '../../domain/domain-events.js';

/** Sent to the merchant's other endpoints when one is disabled after persistent failure. */
export const ENDPOINT_DISABLED = 'webhook_endpoint.disabled';

/**
 * What merchant endpoints can subscribe to: the domain events (ids and codes only, never names
 * or addresses) and the endpoint's own health. Other outbox traffic stays inside.
 */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [...DOMAIN_EVENT_TYPES, ENDPOINT_DISABLED];

const KNOWN = new Set(WEBHOOK_EVENT_TYPES);

export function isWebhookEventType(type: string): boolean {
  return KNOWN.has(type);
}

/** An endpoint's filter lists types, or "*" for all of them. */
export function filterMatches(filter: readonly string[], type: string): boolean {
  return filter.includes('*') || filter.includes(type);
}
