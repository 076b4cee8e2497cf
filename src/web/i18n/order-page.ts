import { fillPlaceholders, type Locale } from './messages.js';

// The words only the order page (/o/<token>) uses, in the page's five locales. Everything it shares
// with the parcel page (status words, "Arriving …", the verification form) comes from the main
// catalog; these are kept apart so the two pages' catalogs stay small and typed.

const en = {
  orderHeading: 'Order {number}',
  yourOrder: 'Your order from {shop}',
  'parcels.one': '{count} parcel',
  'parcels.other': '{count} parcels',
  deliveredOf: '{delivered} of {count} delivered',
  parcelOf: 'Parcel {index} of {count}',
  delivery: 'Delivery',
  lastScan: 'Last scan',
  noScanYet: 'No scan yet',
  trackParcel: 'Track this parcel',
  noParcels: 'There is no parcel to track in this order yet.',
};

export type OrderMessages = typeof en;
export type OrderMessageKey = keyof OrderMessages;

const de: OrderMessages = {
  orderHeading: 'Bestellung {number}',
  yourOrder: 'Ihre Bestellung bei {shop}',
  'parcels.one': '{count} Paket',
  'parcels.other': '{count} Pakete',
  deliveredOf: 'Zugestellt: {delivered} von {count}',
  parcelOf: 'Paket {index} von {count}',
  delivery: 'Zustellung',
  lastScan: 'Letzter Scan',
  noScanYet: 'Noch kein Scan',
  trackParcel: 'Dieses Paket verfolgen',
  noParcels: 'Zu dieser Bestellung gibt es noch kein Paket zu verfolgen.',
};

const es: OrderMessages = {
  orderHeading: 'Pedido {number}',
  yourOrder: 'Tu pedido en {shop}',
  'parcels.one': '{count} paquete',
  'parcels.other': '{count} paquetes',
  deliveredOf: 'Entregados: {delivered} de {count}',
  parcelOf: 'Paquete {index} de {count}',
  delivery: 'Entrega',
  lastScan: 'Último escaneo',
  noScanYet: 'Aún sin escaneos',
  trackParcel: 'Seguir este paquete',
  noParcels: 'Este pedido aún no tiene paquetes que seguir.',
};

const fr: OrderMessages = {
  orderHeading: 'Commande {number}',
  yourOrder: 'Votre commande chez {shop}',
  'parcels.one': '{count} colis',
  'parcels.other': '{count} colis',
  deliveredOf: 'Livrés : {delivered} sur {count}',
  parcelOf: 'Colis {index} sur {count}',
  delivery: 'Livraison',
  lastScan: 'Dernier scan',
  noScanYet: 'Pas encore de scan',
  trackParcel: 'Suivre ce colis',
  noParcels: 'Cette commande n’a pas encore de colis à suivre.',
};

const ptBR: OrderMessages = {
  orderHeading: 'Pedido {number}',
  yourOrder: 'Seu pedido em {shop}',
  'parcels.one': '{count} encomenda',
  'parcels.other': '{count} encomendas',
  deliveredOf: 'Entregues: {delivered} de {count}',
  parcelOf: 'Encomenda {index} de {count}',
  delivery: 'Entrega',
  lastScan: 'Último registro',
  noScanYet: 'Ainda sem registros',
  trackParcel: 'Acompanhar esta encomenda',
  noParcels: 'Este pedido ainda não tem encomendas para acompanhar.',
};

const CATALOG: Record<Locale, OrderMessages> = { en, es, de, fr, 'pt-BR': ptBR };

export type OrderTranslate = (key: OrderMessageKey, values?: Record<string, string | number>) => string;

export function orderTranslator(locale: Locale): OrderTranslate {
  const messages = CATALOG[locale];
  return (key, values) => fillPlaceholders(messages[key], values);
}
