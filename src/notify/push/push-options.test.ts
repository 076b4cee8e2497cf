import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RenderedMessage } from '../channel.js';
import { pushPayload, topicOf, urgencyOf } from './push-options.js';

const message = (eventType: string, data: Record<string, unknown>): RenderedMessage => ({
  idempotencyKey: 'k',
  recipient: {
    id: 'r',
    tenantId: 't',
    shipmentId: '01JDXQ7Z9K3M4N5P6Q7R8S9T0V',
    channel: 'push',
    address: 'https://push.example/x',
    details: {},
    locale: 'en',
    timeZone: null,
  },
  subject: 'Subject',
  text: 'Text',
  eventType,
  data,
});

describe('push request options', () => {
  it('is urgent for out-for-delivery and delivered only', () => {
    expect(urgencyOf(message('delivered', {}))).toBe('high');
    expect(urgencyOf(message('status.changed', { topics: ['out_for_delivery'] }))).toBe('high');
    expect(urgencyOf(message('status.changed', { topics: ['shipped'] }))).toBe('normal');
    expect(urgencyOf(message('delay.detected', { topics: ['delay'] }))).toBe('normal');
  });

  it('makes a Topic of at most 32 URL-safe characters from any shipment id, the same every time', () => {
    expect(topicOf('01JDXQ7Z9K3M4N5P6Q7R8S9T0V')).toBe('01JDXQ7Z9K3M4N5P6Q7R8S9T0V');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (id) => {
        const topic = topicOf(id);
        expect(topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
        expect(topicOf(id)).toBe(topic);
      }),
    );
  });

  it('sends the service worker title, body, url and tag, falling back to subject and text', () => {
    expect(
      JSON.parse(
        pushPayload(message('delivered', { title: 'T', body: 'B', url: 'https://x/t/1', tag: 'g' })),
      ),
    ).toEqual({
      title: 'T',
      body: 'B',
      url: 'https://x/t/1',
      tag: 'g',
    });
    expect(JSON.parse(pushPayload(message('delivered', {})))).toEqual({
      title: 'Subject',
      body: 'Text',
      url: '',
      tag: 'waybill-01JDXQ7Z9K3M4N5P6Q7R8S9T0V',
    });
  });
});
