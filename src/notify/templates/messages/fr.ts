import type { Catalog } from '../catalog.js';

const EXCEPTION_REASON =
  '{reason, select, consignee {le transporteur a besoin de vous} retailer {la boutique doit intervenir} customs {il est retenu en douane} carrier {le transporteur rencontre un problème} force_majeure {d’un cas de force majeure} other {le transporteur a signalé un incident}}';
const DELAY_REASON =
  '{reason, select, promise_at_risk {il risque de manquer la date promise} carrier_estimate_slipped {le transporteur a décalé son estimation} stalled {il n’a pas été scanné depuis un moment} other {le transporteur a du retard}}';

export const fr: Catalog = {
  topics: {
    shipping_confirmation: {
      subject: 'Votre commande {order} est en route',
      headline: 'Votre commande est en route',
      body: '{brand} a expédié votre commande {order} : {carrier} achemine votre colis {number}. {estimate}',
      sms: '{brand} : votre commande {order} est en route avec {carrier}, colis {number}. {estimate}',
      line: 'Colis {carrier} {number}. {estimate}',
    },
    shipped: {
      subject: 'Votre colis {brand} est en route',
      headline: 'Votre colis est en route',
      body: '{carrier} a pris en charge votre colis {number}. {estimate}',
      sms: '{brand} : votre colis {number} est en route avec {carrier}. {estimate}',
      line: 'En route avec {carrier}.',
    },
    out_for_delivery: {
      subject: 'Votre colis {brand} arrive aujourd’hui',
      headline: 'En cours de livraison',
      body: 'Votre colis {number} est dans le véhicule {carrier} et devrait arriver aujourd’hui.',
      sms: '{brand} : votre colis {number} est en cours de livraison aujourd’hui.',
      line: 'En cours de livraison aujourd’hui.',
    },
    delivered: {
      subject: 'Votre colis {brand} a été livré',
      headline: 'Livré',
      body: 'Votre colis {number} a été livré le {deliveredAt, date, long} à {deliveredAt, time, short}.',
      sms: '{brand} : votre colis {number} a été livré le {deliveredAt, date, short} à {deliveredAt, time, short}.',
      line: 'Livré le {deliveredAt, date, long} à {deliveredAt, time, short}.',
    },
    available_for_pickup: {
      subject: 'Votre colis {brand} est prêt à être retiré',
      headline: 'Prêt à être retiré',
      body: 'Votre colis {number} vous attend dans un point relais {carrier}. Munissez-vous d’une pièce d’identité.',
      sms: '{brand} : votre colis {number} est prêt à être retiré.',
      line: 'Prêt à être retiré.',
    },
    failed_attempt: {
      subject: '{carrier} n’a pas pu livrer votre colis {brand}',
      headline: 'Échec de livraison',
      body: '{carrier} a tenté de livrer votre colis {number} sans succès. Une nouvelle tentative a généralement lieu le jour ouvré suivant.',
      sms: '{brand} : {carrier} n’a pas pu livrer {number}. Nouvelle tentative en général.',
      line: 'Une tentative de livraison a échoué.',
    },
    exception: {
      subject: 'Un problème avec votre colis {brand}',
      headline: 'Votre colis rencontre un problème',
      body: 'Votre colis {number} est bloqué parce que ' + EXCEPTION_REASON + '.',
      sms: '{brand} : votre colis {number} est bloqué parce que ' + EXCEPTION_REASON + '.',
      line: 'Bloqué parce que ' + EXCEPTION_REASON + '.',
    },
    delay: {
      subject: 'Votre colis {brand} a du retard',
      headline: 'En retard',
      body: 'Votre colis {number} a du retard parce qu’' + DELAY_REASON + '. {estimate}',
      sms: '{brand} : le colis {number} a du retard. {estimate}',
      line: 'En retard parce qu’' + DELAY_REASON + '.',
    },
    estimate_moved: {
      subject: 'Nouvelle estimation de livraison pour votre colis {brand}',
      headline: 'Nouvelle estimation de livraison',
      body: 'Votre colis {number} arrivera {days, plural, one {# jour} other {# jours}} plus {direction, select, earlier {tôt} other {tard}} que prévu. {estimate}',
      sms: '{brand} : nouvelle estimation pour {number}. {estimate}',
      line: 'Désormais {days, plural, one {# jour} other {# jours}} plus {direction, select, earlier {tôt} other {tard}}.',
    },
    stalled: {
      subject: 'Pas de nouvelles de votre colis {brand}',
      headline: 'Pas de nouvelles depuis un moment',
      body: '{carrier} n’a pas scanné votre colis {number} depuis {days, plural, one {# jour ouvré} other {# jours ouvrés}}. Nous le surveillons.',
      sms: '{brand} : {number} non scanné depuis {days, plural, one {# jour ouvré} other {# jours ouvrés}}.',
      line: 'Non scanné depuis {days, plural, one {# jour ouvré} other {# jours ouvrés}}.',
    },
    returned: {
      subject: 'Votre colis {brand} repart à l’expéditeur',
      headline: 'Retour à l’expéditeur',
      body: 'Votre colis {number} repart vers {brand}. Contactez-nous si vous ne vous y attendiez pas.',
      sms: '{brand} : votre colis {number} nous est retourné.',
      line: 'Retour à l’expéditeur.',
    },
  },
  estimateSingle: 'Livraison prévue le {date, date, calendar}.',
  estimateRange: 'Livraison prévue entre le {from, date, calendar} et le {until, date, calendar}.',
  digestSubject: '{count, plural, one {# nouvelle} other {# nouvelles}} de votre colis {brand}',
  digestHeadline: 'Des nouvelles de votre colis {number}',
  digestSms: '{brand} : {count, plural, one {# nouvelle} other {# nouvelles}} de {number} : {latest}',
  cta: 'Suivre votre colis',
  carrierLabel: 'Transporteur',
  numberLabel: 'Numéro de suivi',
  estimateLabel: 'Livraison estimée',
  support: 'Des questions ? Contactez {brand} : {contact}',
  footer: 'Vous recevez ce message car vous avez demandé à {brand} des nouvelles du colis {number}.',
  unsubscribe: 'Se désabonner',
  confirmation: {
    subject:
      '{count, plural, one {# colis de votre commande {order} est en route} other {# colis de votre commande {order} sont en route}}',
    headline: 'Votre commande {order} est en route',
    body: '{brand} a expédié votre commande {order} en {count, plural, one {# colis} other {# colis}}. Suivez-les tous sur une seule page.',
    sms: '{brand} : votre commande {order} est en route en {count, plural, one {# colis} other {# colis}}.',
    cta: 'Suivre votre commande',
    footer:
      'Vous recevez ce message car vous avez demandé à {brand} des nouvelles de votre commande {order}.',
  },
  smsHelp: '{brand} : suivi de colis. Répondez STOP pour arrêter, START pour reprendre.',
  unsubscribePage: {
    title: 'Se désabonner',
    question: 'Ne plus recevoir de nouvelles de {brand} sur le colis {number} ?',
    button: 'Me désabonner',
    done: 'C’est fait : vous ne recevrez plus de nouvelles de ce colis.',
    unknown: 'Ce lien n’est plus valide ; vous êtes peut-être déjà désabonné.',
  },
};
