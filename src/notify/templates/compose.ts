import type { Branding } from '../../domain/branding.js';
import type { DomainEvent } from '../../domain/domain-events.js';
import type { EstimatedDeliveryWindow } from '../../domain/shipment.js';
import type { Topic } from '../topics.js';
import type { Catalog } from './catalog.js';
import { calendarDay, formatMessage, type MessageValues } from './format.js';
import { CATALOGS, type SupportedLocale } from './locales.js';

/** One topic that fired, with the event that fired it: one line of a message (or the whole). */
export interface FiredTopic {
  readonly topic: Topic;
  readonly event: DomainEvent;
  /** When the event was written (outbox time), ISO. */
  readonly at: string;
}

/** What the message is about, beyond the event: read fresh from the shipment when rendering. */
export interface ShipmentFacts {
  readonly branding: Branding;
  readonly carrierName: string;
  readonly trackingNumber: string;
  readonly trackingUrl: string;
  readonly estimate: EstimatedDeliveryWindow | null;
  readonly lastEventAt: string | null;
  readonly status: string;
  readonly destination: {
    city?: string | undefined;
    region?: string | undefined;
    country?: string | undefined;
  } | null;
  readonly orderRef: string | null;
}

/** The words of a message, channel-neutral; email, SMS and push lay them out. */
export interface Content {
  readonly locale: SupportedLocale;
  readonly subject: string;
  readonly headline: string;
  readonly paragraphs: readonly string[];
  /** Digest lines, newest last; empty for a single topic. */
  readonly lines: readonly string[];
  /** SMS text without the link. */
  readonly sms: string;
  readonly estimate: string | null;
  /**
   * The label/value rows under the button, when not the usual carrier, number and estimate of
   * `facts` (a confirmation of several parcels lists them as `lines` and has none).
   */
  readonly details?: readonly (readonly [string, string])[] | undefined;
  readonly labels: {
    readonly carrier: string;
    readonly number: string;
    readonly estimate: string;
    readonly cta: string;
  };
  readonly support: string | null;
  readonly footer: string;
  readonly unsubscribe: string;
}

const NO_ESTIMATE: ReadonlySet<Topic> = new Set(['delivered', 'returned']);

export function composeContent(
  topics: readonly FiredTopic[],
  facts: ShipmentFacts,
  locale: SupportedLocale,
  timeZone: string,
  now: Date,
): Content {
  const catalog: Catalog = CATALOGS[locale];
  const latest = topics.at(-1);
  if (!latest) throw new Error('a message needs at least one topic');
  const format = (message: string, values: MessageValues = {}) =>
    formatMessage(message, locale, timeZone, { ...base(facts), ...values });
  const windowOf = (fired: FiredTopic) =>
    'window' in fired.event.payload ? fired.event.payload.window : facts.estimate;
  const estimateText = (window: EstimatedDeliveryWindow | null): string | null => {
    if (!window) return null;
    return window.earliest === window.latest
      ? format(catalog.estimateSingle, { date: calendarDay(window.earliest) })
      : format(catalog.estimateRange, {
          from: calendarDay(window.earliest),
          until: calendarDay(window.latest),
        });
  };
  const estimate = NO_ESTIMATE.has(latest.topic) ? null : estimateText(windowOf(latest));
  const valuesOf = (fired: FiredTopic): MessageValues => ({
    ...topicValues(fired, facts, now),
    estimate: NO_ESTIMATE.has(fired.topic) ? '' : (estimateText(windowOf(fired)) ?? ''),
  });
  const contact = facts.branding.supportEmail ?? facts.branding.supportPhone ?? facts.branding.supportUrl;
  const common = {
    locale,
    estimate,
    labels: {
      carrier: catalog.carrierLabel,
      number: catalog.numberLabel,
      estimate: catalog.estimateLabel,
      cta: catalog.cta,
    },
    support: contact ? format(catalog.support, { contact }) : null,
    footer: format(catalog.footer),
    unsubscribe: catalog.unsubscribe,
  };
  if (topics.length === 1) {
    const messages = catalog.topics[latest.topic];
    const values = valuesOf(latest);
    return {
      ...common,
      subject: format(messages.subject, values),
      headline: format(messages.headline, values),
      paragraphs: [format(messages.body, values)],
      lines: [],
      sms: format(messages.sms, values),
    };
  }
  const lines = topics.map((fired) => format(catalog.topics[fired.topic].line, valuesOf(fired)));
  const latestLine = lines.at(-1) ?? '';
  return {
    ...common,
    subject: format(catalog.digestSubject, { count: topics.length }),
    headline: format(catalog.digestHeadline),
    paragraphs: [format(catalog.topics[latest.topic].body, valuesOf(latest))],
    lines,
    sms: format(catalog.digestSms, { count: topics.length, latest: latestLine }),
  };
}

function base(facts: ShipmentFacts): MessageValues {
  return {
    brand: facts.branding.name,
    carrier: facts.carrierName,
    number: facts.trackingNumber,
    order: facts.orderRef ?? facts.trackingNumber,
  };
}

/** "Expected between Friday, 27 November and Saturday, 28 November." in the locale, or null. */
export function estimatePhrase(
  window: EstimatedDeliveryWindow | null,
  locale: SupportedLocale,
  timeZone: string,
): string | null {
  if (!window) return null;
  const catalog = CATALOGS[locale];
  return window.earliest === window.latest
    ? formatMessage(catalog.estimateSingle, locale, timeZone, { date: calendarDay(window.earliest) })
    : formatMessage(catalog.estimateRange, locale, timeZone, {
        from: calendarDay(window.earliest),
        until: calendarDay(window.latest),
      });
}

/** The values a topic's messages use, from its event. */
function topicValues(fired: FiredTopic, facts: ShipmentFacts, now: Date): MessageValues {
  const { event } = fired;
  switch (event.type) {
    case 'delivered':
      return { deliveredAt: new Date(event.payload.deliveredAt ?? fired.at) };
    case 'exception.raised':
      return { reason: event.payload.reason ?? 'other' };
    case 'delay.detected':
      return { reason: event.payload.reason, days: silentDays(facts, now) };
    case 'eta.changed': {
      const shift = event.payload.shiftDays ?? 0;
      return { days: Math.abs(shift), direction: shift < 0 ? 'earlier' : 'later' };
    }
    case 'stalled':
      return { days: event.payload.businessDaysSilent };
    default:
      return {};
  }
}

function silentDays(facts: ShipmentFacts, now: Date): number {
  if (!facts.lastEventAt) return 1;
  return Math.max(1, Math.floor((now.getTime() - Date.parse(facts.lastEventAt)) / 86_400_000));
}
