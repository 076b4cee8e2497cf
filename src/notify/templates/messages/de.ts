import type { Catalog } from '../catalog.js';

const EXCEPTION_REASON =
  '{reason, select, consignee {der Zusteller etwas von Ihnen braucht} retailer {der Shop handeln muss} customs {es beim Zoll liegt} carrier {der Zusteller ein Problem hat} force_majeure {höherer Gewalt} other {der Zusteller ein Problem gemeldet hat}}';
const DELAY_REASON =
  '{reason, select, promise_at_risk {es den zugesagten Termin verpassen könnte} carrier_estimate_slipped {der Zusteller seine Prognose verschoben hat} stalled {es seit einiger Zeit nicht gescannt wurde} other {der Zusteller im Verzug ist}}';

export const de: Catalog = {
  topics: {
    shipping_confirmation: {
      subject: 'Ihre Bestellung {order} ist unterwegs',
      headline: 'Ihre Bestellung ist unterwegs',
      body: '{brand} hat Ihre Bestellung {order} verschickt: {carrier} bringt Ihr Paket {number}. {estimate}',
      sms: '{brand}: Ihre Bestellung {order} ist mit {carrier} unterwegs, Paket {number}. {estimate}',
      line: '{carrier}-Paket {number}. {estimate}',
    },
    shipped: {
      subject: 'Ihr Paket von {brand} ist unterwegs',
      headline: 'Ihr Paket ist unterwegs',
      body: '{carrier} hat Ihr Paket {number} übernommen. {estimate}',
      sms: '{brand}: Ihr Paket {number} ist mit {carrier} unterwegs. {estimate}',
      line: 'Unterwegs mit {carrier}.',
    },
    out_for_delivery: {
      subject: 'Ihr Paket von {brand} kommt heute',
      headline: 'In Zustellung',
      body: 'Ihr Paket {number} ist im Fahrzeug von {carrier} und sollte heute ankommen.',
      sms: '{brand}: Ihr Paket {number} wird heute zugestellt.',
      line: 'Heute in Zustellung.',
    },
    delivered: {
      subject: 'Ihr Paket von {brand} wurde zugestellt',
      headline: 'Zugestellt',
      body: 'Ihr Paket {number} wurde am {deliveredAt, date, long} um {deliveredAt, time, short} zugestellt.',
      sms: '{brand}: Ihr Paket {number} wurde am {deliveredAt, date, short} um {deliveredAt, time, short} zugestellt.',
      line: 'Zugestellt am {deliveredAt, date, long} um {deliveredAt, time, short}.',
    },
    available_for_pickup: {
      subject: 'Ihr Paket von {brand} liegt zur Abholung bereit',
      headline: 'Abholbereit',
      body: 'Ihr Paket {number} wartet in einer {carrier}-Filiale auf Sie. Bitte bringen Sie einen Ausweis mit.',
      sms: '{brand}: Ihr Paket {number} liegt zur Abholung bereit.',
      line: 'Liegt zur Abholung bereit.',
    },
    failed_attempt: {
      subject: '{carrier} konnte Ihr Paket von {brand} nicht zustellen',
      headline: 'Zustellversuch fehlgeschlagen',
      body: '{carrier} hat versucht, Ihr Paket {number} zuzustellen, aber es hat nicht geklappt. Meist folgt am nächsten Werktag ein neuer Versuch.',
      sms: '{brand}: {carrier} konnte {number} nicht zustellen. Meist folgt ein neuer Versuch.',
      line: 'Ein Zustellversuch ist fehlgeschlagen.',
    },
    exception: {
      subject: 'Ein Problem mit Ihrem Paket von {brand}',
      headline: 'Es gibt ein Problem mit Ihrem Paket',
      body: 'Ihr Paket {number} wird aufgehalten, weil ' + EXCEPTION_REASON + '.',
      sms: '{brand}: Ihr Paket {number} wird aufgehalten, weil ' + EXCEPTION_REASON + '.',
      line: 'Aufgehalten, weil ' + EXCEPTION_REASON + '.',
    },
    delay: {
      subject: 'Ihr Paket von {brand} verspätet sich',
      headline: 'Verspätet',
      body: 'Ihr Paket {number} verspätet sich, weil ' + DELAY_REASON + '. {estimate}',
      sms: '{brand}: Paket {number} verspätet sich. {estimate}',
      line: 'Verspätet, weil ' + DELAY_REASON + '.',
    },
    estimate_moved: {
      subject: 'Neue Lieferprognose für Ihr Paket von {brand}',
      headline: 'Neue Lieferprognose',
      body: 'Ihr Paket {number} kommt voraussichtlich {days, plural, one {# Tag} other {# Tage}} {direction, select, earlier {früher} other {später}} als gedacht. {estimate}',
      sms: '{brand}: neue Prognose für {number}. {estimate}',
      line: 'Jetzt {days, plural, one {# Tag} other {# Tage}} {direction, select, earlier {früher} other {später}}.',
    },
    stalled: {
      subject: 'Keine Neuigkeiten zu Ihrem Paket von {brand}',
      headline: 'Seit einer Weile keine Neuigkeiten',
      body: '{carrier} hat Ihr Paket {number} seit {days, plural, one {# Werktag} other {# Werktagen}} nicht gescannt. Wir behalten es im Blick.',
      sms: '{brand}: {number} seit {days, plural, one {# Werktag} other {# Werktagen}} nicht gescannt.',
      line: 'Seit {days, plural, one {# Werktag} other {# Werktagen}} nicht gescannt.',
    },
    returned: {
      subject: 'Ihr Paket von {brand} geht zurück',
      headline: 'Rücksendung an den Absender',
      body: 'Ihr Paket {number} ist auf dem Rückweg zu {brand}. Melden Sie sich, falls Sie das nicht erwartet haben.',
      sms: '{brand}: Ihr Paket {number} ist auf dem Rückweg zu uns.',
      line: 'Rücksendung an den Absender.',
    },
  },
  estimateSingle: 'Voraussichtlich am {date, date, calendar}.',
  estimateRange: 'Voraussichtlich zwischen {from, date, calendar} und {until, date, calendar}.',
  digestSubject: '{count, plural, one {# Neuigkeit} other {# Neuigkeiten}} zu Ihrem Paket von {brand}',
  digestHeadline: 'Neuigkeiten zu Ihrem Paket {number}',
  digestSms: '{brand}: {count, plural, one {# Neuigkeit} other {# Neuigkeiten}} zu {number}: {latest}',
  cta: 'Sendung verfolgen',
  carrierLabel: 'Zusteller',
  numberLabel: 'Sendungsnummer',
  estimateLabel: 'Voraussichtliche Zustellung',
  support: 'Fragen? Kontaktieren Sie {brand}: {contact}',
  footer:
    'Sie erhalten diese Nachricht, weil Sie bei {brand} Neuigkeiten zum Paket {number} angefordert haben.',
  unsubscribe: 'Abmelden',
  confirmation: {
    subject:
      '{count, plural, one {# Paket Ihrer Bestellung {order} ist unterwegs} other {# Pakete Ihrer Bestellung {order} sind unterwegs}}',
    headline: 'Ihre Bestellung {order} ist unterwegs',
    body: '{brand} hat Ihre Bestellung {order} in {count, plural, one {# Paket} other {# Paketen}} verschickt. Sie können alle auf einer Seite verfolgen.',
    sms: '{brand}: Ihre Bestellung {order} ist in {count, plural, one {# Paket} other {# Paketen}} unterwegs.',
    cta: 'Bestellung verfolgen',
    footer:
      'Sie erhalten diese Nachricht, weil Sie bei {brand} Neuigkeiten zu Ihrer Bestellung {order} angefordert haben.',
  },
  smsHelp: '{brand} Paket-Updates. Antworten Sie STOP zum Beenden, START zum erneuten Empfang.',
  unsubscribePage: {
    title: 'Abmelden',
    question: 'Keine Neuigkeiten von {brand} zum Paket {number} mehr erhalten?',
    button: 'Abmelden',
    done: 'Erledigt: Sie erhalten keine Neuigkeiten zu diesem Paket mehr.',
    unknown: 'Dieser Link ist nicht mehr gültig; vielleicht sind Sie schon abgemeldet.',
  },
};
