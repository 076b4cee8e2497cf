import type { ConsoleMessages } from '../en.js';

// French: Paramètres → Intégrations : les plateformes de boutique et la réception d'e-mails.

export const integrations = {
  'settings.integrations': 'Intégrations',
  'integrations.intro':
    'D’où viennent les commandes : vos boutiques et la réception des e-mails transférés. Les boutiques se configurent dans le fichier de configuration, et leurs secrets y restent.',
  'integrations.nothing':
    'Rien n’est encore connecté : aucune boutique n’envoie de commandes à ce compte et aucun e-mail n’a été transféré. Voir docs/shops.md pour Shopify et WooCommerce, et docs/intake.md pour les e-mails d’expédition transférés.',
  'integrations.shopify': 'Shopify',
  'integrations.woocommerce': 'WooCommerce',
  'integrations.notConfigured.shopify':
    'Aucune boutique Shopify n’est connectée à ce compte. Ajoutez-en une sous shops.shopify dans le fichier de configuration ; voir docs/shops.md.',
  'integrations.notConfigured.woocommerce':
    'Aucun site WooCommerce n’est connecté à ce compte. Ajoutez-en un sous shops.woocommerce dans le fichier de configuration ; voir docs/shops.md.',
  'integrations.shops': 'Boutiques',
  'integrations.shop': 'Boutique',
  'integrations.backfill': 'Reprise de l’historique',
  'integrations.backfillNone': 'Pas encore lancée',
  'integrations.backfillDone': 'Terminée : {n} commandes',
  'integrations.backfillDone.one': 'Terminée : {n} commande',
  'integrations.backfillRunning': 'En cours : {n} commandes jusqu’ici',
  'integrations.backfillRunning.one': 'En cours : {n} commande jusqu’ici',
  'integrations.backfillPages': 'pages lues : {n}',
  'integrations.backfillPagesOf': 'page {page} sur {total}',
  'integrations.backfillFailed': 'non enregistrées : {n}',
  'integrations.backfillStarted': 'commencée',
  'integrations.backfillFinished': 'terminée',
  'integrations.lastWebhook': 'Dernier webhook',
  'integrations.noWebhook': 'Aucun reçu pour l’instant',
  'integrations.lastError': 'Dernier échec',
  'integrations.noError': 'Aucun',
  'integrations.webhooks': 'Derniers webhooks',
  'integrations.webhooksCaption': 'Les derniers webhooks de {platform}, les plus récents d’abord',
  'integrations.noWebhooks': 'Aucun webhook n’est encore arrivé.',
  'integrations.failures': 'Webhooks en échec ces {n} derniers jours',
  'integrations.noFailures': 'Aucun webhook en échec ces {n} derniers jours.',
  'integrations.failuresCut':
    'Plus de webhooks sont arrivés ces jours-ci que ce qui est examiné ici : seulement les {n} derniers.',
  'integrations.topic': 'Sujet',
  'integrations.received': 'Reçu',
  'integrations.detail': 'Détail',
  'webhookOutcome.stored': 'Enregistré',
  'webhookOutcome.ignored': 'Ignoré',
  'webhookOutcome.failed': 'En échec',
  'intake.title': 'E-mails transférés',
  'intake.address': 'Adresse de réception',
  'intake.addressHint':
    'Transférez-y les confirmations d’expédition ; chacune devient une commande avec ses colis.',
  'intake.noAddress':
    'Aucune adresse de réception n’a encore été créée pour ce compte. Obtenez-la avec « npx waybill intake address » ou GET /v1/intake/address ; voir docs/intake.md.',
  'intake.smtpOn': 'Ce serveur reçoit par SMTP le courrier envoyé à cette adresse.',
  'intake.smtpOff':
    'Ce serveur ne reçoit pas de courrier lui-même : il lui parvient par POST /v1/intake/email, ou par un récepteur SMTP que vous activez (docs/intake.md).',
  'intake.mails': 'Derniers e-mails transférés',
  'intake.mailsCaption': 'Les derniers e-mails transférés, les plus récents d’abord',
  'intake.noMails': 'Aucun e-mail transféré n’est encore arrivé.',
  'intake.from': 'De',
  'intake.subject': 'Objet',
  'intakeOutcome.registered': 'Enregistré',
  'intakeOutcome.duplicate': 'Déjà traité',
  'intakeOutcome.no_number': 'Aucun numéro de suivi',
  'intakeOutcome.low_confidence': 'Pas assez sûr',
  'intakeOutcome.too_large': 'Trop volumineux',
  'intakeOutcome.unknown_address': 'Adresse inconnue',
  'intakeOutcome.unreadable': 'Illisible',
} satisfies Partial<ConsoleMessages>;
