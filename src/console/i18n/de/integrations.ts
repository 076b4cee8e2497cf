import type { ConsoleMessages } from '../en.js';

// German (Sie-form): Einstellungen → Integrationen: die Shop-Plattformen und der E-Mail-Eingang.

export const integrations = {
  'settings.integrations': 'Integrationen',
  'integrations.intro':
    'Woher Bestellungen kommen: Ihre Shops und der Eingang für weitergeleitete E-Mails. Shops werden in der Konfigurationsdatei eingerichtet, ihre Geheimnisse bleiben dort.',
  'integrations.nothing':
    'Noch ist nichts verbunden: Kein Shop sendet Bestellungen an dieses Konto, und es wurde keine E-Mail weitergeleitet. Siehe docs/shops.md für Shopify und WooCommerce und docs/intake.md für weitergeleitete Versand-E-Mails.',
  'integrations.shopify': 'Shopify',
  'integrations.woocommerce': 'WooCommerce',
  'integrations.notConfigured.shopify':
    'Mit diesem Konto ist kein Shopify-Shop verbunden. Fügen Sie einen unter shops.shopify in der Konfigurationsdatei hinzu; siehe docs/shops.md.',
  'integrations.notConfigured.woocommerce':
    'Mit diesem Konto ist keine WooCommerce-Website verbunden. Fügen Sie eine unter shops.woocommerce in der Konfigurationsdatei hinzu; siehe docs/shops.md.',
  'integrations.shops': 'Shops',
  'integrations.shop': 'Shop',
  'integrations.backfill': 'Nachladen',
  'integrations.backfillNone': 'Noch nicht gelaufen',
  'integrations.backfillDone': 'Abgeschlossen: {n} Bestellungen',
  'integrations.backfillDone.one': 'Abgeschlossen: {n} Bestellung',
  'integrations.backfillRunning': 'Läuft: bisher {n} Bestellungen',
  'integrations.backfillRunning.one': 'Läuft: bisher {n} Bestellung',
  'integrations.backfillPages': 'gelesene Seiten: {n}',
  'integrations.backfillPagesOf': 'Seite {page} von {total}',
  'integrations.backfillFailed': 'nicht gespeichert: {n}',
  'integrations.backfillStarted': 'begonnen',
  'integrations.backfillFinished': 'beendet',
  'integrations.lastWebhook': 'Letzter Webhook',
  'integrations.noWebhook': 'Noch keiner empfangen',
  'integrations.lastError': 'Letzter Fehler',
  'integrations.noError': 'Keiner',
  'integrations.webhooks': 'Neueste Webhooks',
  'integrations.webhooksCaption': 'Die neuesten Webhooks von {platform}, neueste zuerst',
  'integrations.noWebhooks': 'Es ist noch kein Webhook eingegangen.',
  'integrations.failures': 'Fehlgeschlagene Webhooks der letzten {n} Tage',
  'integrations.noFailures': 'In den letzten {n} Tagen ist kein Webhook fehlgeschlagen.',
  'integrations.failuresCut':
    'In diesen Tagen kamen mehr Webhooks an, als hier durchgesehen werden: nur die neuesten {n}.',
  'integrations.topic': 'Thema',
  'integrations.received': 'Empfangen',
  'integrations.detail': 'Einzelheiten',
  'webhookOutcome.stored': 'Gespeichert',
  'webhookOutcome.ignored': 'Ignoriert',
  'webhookOutcome.failed': 'Fehlgeschlagen',
  'intake.title': 'Weitergeleitete E-Mails',
  'intake.address': 'Eingangsadresse',
  'intake.addressHint':
    'Leiten Sie Versandbestätigungen hierher weiter; aus jeder wird eine Bestellung mit ihren Paketen.',
  'intake.noAddress':
    'Für dieses Konto wurde noch keine Eingangsadresse erstellt. Sie erhalten sie mit „npx waybill intake address“ oder GET /v1/intake/address; siehe docs/intake.md.',
  'intake.smtpOn': 'Dieser Server nimmt E-Mails dafür per SMTP an.',
  'intake.smtpOff':
    'Dieser Server nimmt selbst keine E-Mails an: Sie erreichen ihn über POST /v1/intake/email oder über einen SMTP-Empfang, den Sie einschalten (docs/intake.md).',
  'intake.mails': 'Neueste weitergeleitete E-Mails',
  'intake.mailsCaption': 'Die neuesten weitergeleiteten E-Mails, neueste zuerst',
  'intake.noMails': 'Es ist noch keine weitergeleitete E-Mail eingegangen.',
  'intake.from': 'Von',
  'intake.subject': 'Betreff',
  'intakeOutcome.registered': 'Erfasst',
  'intakeOutcome.duplicate': 'Bereits bearbeitet',
  'intakeOutcome.no_number': 'Keine Sendungsnummer',
  'intakeOutcome.low_confidence': 'Nicht sicher genug',
  'intakeOutcome.too_large': 'Zu groß',
  'intakeOutcome.unknown_address': 'Unbekannte Adresse',
  'intakeOutcome.unreadable': 'Nicht lesbar',
} satisfies Partial<ConsoleMessages>;
