import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersInNotes, noteTexts } from './notes.js';
import { orderInputFor } from './order-input.js';
import { parseWebhook } from './parse-webhook.js';
import { webhookBody, webhookTopic } from './test-arbitraries.js';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('the WooCommerce webhook parser under fuzzing', () => {
  it('answers 10,000 random deliveries with an order, an ignored or an unreadable one, never a throw', () => {
    fc.assert(
      fc.property(
        webhookTopic,
        fc.option(fc.string(), { nil: undefined }),
        webhookBody,
        (t, deliveryId, text) => {
          const delivery = parseWebhook({ topic: t, deliveryId, body: text });
          expect(['order', 'ignored', 'unreadable']).toContain(delivery.kind);
          expect(delivery.key.length).toBeLessThanOrEqual(200);
          expect(delivery.key.includes('\u0000')).toBe(false);
          expect(parseWebhook({ topic: t, deliveryId, body: text })).toEqual(delivery);
          if (delivery.kind === 'order') {
            // What follows a readable order is pure too and never throws.
            const notes = numbersInNotes(noteTexts(JSON.parse(text) as unknown));
            const { input } = orderInputFor(
              delivery.order,
              { tenantId: 't', siteUrl: 'https://s/' },
              NOW,
              notes,
            );
            expect(input.orderNumber.length).toBeGreaterThan(0);
            expect(input.orderNumber.length).toBeLessThanOrEqual(200);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 180_000);
});
