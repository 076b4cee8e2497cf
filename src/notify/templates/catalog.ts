import type { Topic } from '../topics.js';

/** What one topic says, as ICU messages. */
export interface TopicMessages {
  readonly subject: string;
  readonly headline: string;
  readonly body: string;
  /** The whole text message, before the link: kept short, SMS costs by the segment. */
  readonly sms: string;
  /** One line in a digest. */
  readonly line: string;
}

/**
 * Every string a notification shows, per locale, in ICU message format. Values a message may use:
 * brand, carrier, number, estimate (a finished phrase), deliveredAt (an instant: shown in the
 * recipient's zone), reason (a select key), days, direction (later | earlier), count, contact,
 * order (the order number; shipping confirmations).
 */
export interface Catalog {
  readonly topics: Readonly<Record<Topic, TopicMessages>>;
  readonly estimateSingle: string;
  readonly estimateRange: string;
  readonly digestSubject: string;
  readonly digestHeadline: string;
  readonly digestSms: string;
  readonly cta: string;
  readonly carrierLabel: string;
  readonly numberLabel: string;
  readonly estimateLabel: string;
  readonly support: string;
  readonly footer: string;
  readonly unsubscribe: string;
  /**
   * A shipping confirmation listing several parcels of one order (each parcel one
   * `topics.shipping_confirmation.line`; a single parcel uses that topic's own messages). Values:
   * brand, order (the order number), count (parcels).
   */
  readonly confirmation: {
    readonly subject: string;
    readonly headline: string;
    readonly body: string;
    readonly sms: string;
    /** The button to the order's page. */
    readonly cta: string;
    readonly footer: string;
  };
  readonly smsHelp: string;
  readonly unsubscribePage: {
    readonly title: string;
    readonly question: string;
    readonly button: string;
    readonly done: string;
    readonly unknown: string;
  };
}
