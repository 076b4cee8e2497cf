import type { Catalog } from '../catalog.js';

const EXCEPTION_REASON =
  '{reason, select, consignee {the carrier needs something from you} retailer {the shop needs to act} customs {it is held at customs} carrier {the carrier has a problem} force_majeure {of circumstances beyond anyone’s control} other {the carrier reported an issue}}';
const DELAY_REASON =
  '{reason, select, promise_at_risk {it may miss the promised date} carrier_estimate_slipped {the carrier moved its estimate} stalled {there has been no scan for a while} other {the carrier is running late}}';

export const en: Catalog = {
  topics: {
    shipping_confirmation: {
      subject: 'Your order {order} is on its way',
      headline: 'Your order is on its way',
      body: '{brand} has shipped your order {order}: {carrier} is bringing your parcel {number}. {estimate}',
      sms: '{brand}: your order {order} is on its way with {carrier}, parcel {number}. {estimate}',
      line: '{carrier} parcel {number}. {estimate}',
    },
    shipped: {
      subject: 'Your {brand} parcel is on its way',
      headline: 'Your parcel is on its way',
      body: '{carrier} has your parcel {number}. {estimate}',
      sms: '{brand}: your parcel {number} is on its way with {carrier}. {estimate}',
      line: 'On its way with {carrier}.',
    },
    out_for_delivery: {
      subject: 'Your {brand} parcel arrives today',
      headline: 'Out for delivery',
      body: 'Your parcel {number} is on the {carrier} vehicle and should arrive today.',
      sms: '{brand}: your parcel {number} is out for delivery today.',
      line: 'Out for delivery today.',
    },
    delivered: {
      subject: 'Your {brand} parcel was delivered',
      headline: 'Delivered',
      body: 'Your parcel {number} was delivered on {deliveredAt, date, long} at {deliveredAt, time, short}.',
      sms: '{brand}: your parcel {number} was delivered {deliveredAt, date, short} {deliveredAt, time, short}.',
      line: 'Delivered on {deliveredAt, date, long} at {deliveredAt, time, short}.',
    },
    available_for_pickup: {
      subject: 'Your {brand} parcel is ready to pick up',
      headline: 'Ready to pick up',
      body: 'Your parcel {number} is waiting for you at a {carrier} pickup point. Bring ID.',
      sms: '{brand}: your parcel {number} is ready to pick up.',
      line: 'Ready to pick up.',
    },
    failed_attempt: {
      subject: '{carrier} could not deliver your {brand} parcel',
      headline: 'Delivery attempt failed',
      body: '{carrier} tried to deliver your parcel {number} but could not. They usually try again on the next working day.',
      sms: '{brand}: {carrier} could not deliver {number}. They will usually try again.',
      line: 'A delivery attempt failed.',
    },
    exception: {
      subject: 'A problem with your {brand} parcel',
      headline: 'There is a problem with your parcel',
      body: 'Your parcel {number} is held up because ' + EXCEPTION_REASON + '.',
      sms: '{brand}: your parcel {number} is held up because ' + EXCEPTION_REASON + '.',
      line: 'Held up because ' + EXCEPTION_REASON + '.',
    },
    delay: {
      subject: 'Your {brand} parcel is running late',
      headline: 'Running late',
      body: 'Your parcel {number} is late because ' + DELAY_REASON + '. {estimate}',
      sms: '{brand}: parcel {number} is running late. {estimate}',
      line: 'Running late because ' + DELAY_REASON + '.',
    },
    estimate_moved: {
      subject: 'New delivery estimate for your {brand} parcel',
      headline: 'New delivery estimate',
      body: 'Your parcel {number} now looks {days, plural, one {# day} other {# days}} {direction, select, earlier {earlier} other {later}} than before. {estimate}',
      sms: '{brand}: new estimate for {number}. {estimate}',
      line: 'Now {days, plural, one {# day} other {# days}} {direction, select, earlier {earlier} other {later}}.',
    },
    stalled: {
      subject: 'No news about your {brand} parcel',
      headline: 'No news for a while',
      body: '{carrier} has not scanned your parcel {number} for {days, plural, one {# working day} other {# working days}}. We are keeping an eye on it.',
      sms: '{brand}: no scan of {number} for {days, plural, one {# working day} other {# working days}}.',
      line: 'No scan for {days, plural, one {# working day} other {# working days}}.',
    },
    returned: {
      subject: 'Your {brand} parcel is going back',
      headline: 'Returning to the sender',
      body: 'Your parcel {number} is on its way back to {brand}. Contact us if you did not expect this.',
      sms: '{brand}: your parcel {number} is on its way back to us.',
      line: 'Returning to the sender.',
    },
  },
  estimateSingle: 'Expected on {date, date, calendar}.',
  estimateRange: 'Expected between {from, date, calendar} and {until, date, calendar}.',
  digestSubject: '{count, plural, one {# update} other {# updates}} on your {brand} parcel',
  digestHeadline: 'News about your parcel {number}',
  digestSms: '{brand}: {count, plural, one {# update} other {# updates}} on {number}: {latest}',
  cta: 'Track your parcel',
  carrierLabel: 'Carrier',
  numberLabel: 'Tracking number',
  estimateLabel: 'Estimated delivery',
  support: 'Questions? Contact {brand}: {contact}',
  footer: 'You get this message because you asked {brand} for updates on parcel {number}.',
  unsubscribe: 'Unsubscribe',
  confirmation: {
    subject:
      '{count, plural, one {# parcel of your order {order} is on its way} other {# parcels of your order {order} are on their way}}',
    headline: 'Your order {order} is on its way',
    body: '{brand} has shipped your order {order} in {count, plural, one {# parcel} other {# parcels}}. Follow them all on one page.',
    sms: '{brand}: your order {order} is on its way in {count, plural, one {# parcel} other {# parcels}}.',
    cta: 'Track your order',
    footer: 'You get this message because you asked {brand} for updates on your order {order}.',
  },
  smsHelp: '{brand} parcel updates. Reply STOP to stop them, START to get them again.',
  unsubscribePage: {
    title: 'Unsubscribe',
    question: 'Stop updates about parcel {number} from {brand}?',
    button: 'Unsubscribe',
    done: 'Done: you will get no more updates about this parcel.',
    unknown: 'This link is no longer valid; you may already be unsubscribed.',
  },
};
