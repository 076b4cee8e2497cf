import type { ConsoleMessages } from '../en.js';

// Spanish: Ajustes → Integraciones: las plataformas de tienda y la recepción de correos.

export const integrations = {
  'settings.integrations': 'Integraciones',
  'integrations.intro':
    'De dónde vienen los pedidos: tus tiendas y la recepción de correos reenviados. Las tiendas se configuran en el archivo de configuración, y sus secretos se quedan allí.',
  'integrations.nothing':
    'Todavía no hay nada conectado: ninguna tienda envía pedidos a esta cuenta y no se ha reenviado ningún correo. Consulta docs/shops.md para Shopify y WooCommerce, y docs/intake.md para los correos de envío reenviados.',
  'integrations.shopify': 'Shopify',
  'integrations.woocommerce': 'WooCommerce',
  'integrations.notConfigured.shopify':
    'No hay ninguna tienda Shopify conectada a esta cuenta. Añade una en shops.shopify en el archivo de configuración; consulta docs/shops.md.',
  'integrations.notConfigured.woocommerce':
    'No hay ningún sitio WooCommerce conectado a esta cuenta. Añade uno en shops.woocommerce en el archivo de configuración; consulta docs/shops.md.',
  'integrations.shops': 'Tiendas',
  'integrations.shop': 'Tienda',
  'integrations.backfill': 'Carga del historial',
  'integrations.backfillNone': 'Todavía no se ha ejecutado',
  'integrations.backfillDone': 'Terminada: {n} pedidos',
  'integrations.backfillDone.one': 'Terminada: {n} pedido',
  'integrations.backfillRunning': 'En curso: {n} pedidos hasta ahora',
  'integrations.backfillRunning.one': 'En curso: {n} pedido hasta ahora',
  'integrations.backfillPages': 'páginas leídas: {n}',
  'integrations.backfillPagesOf': 'página {page} de {total}',
  'integrations.backfillFailed': 'sin guardar: {n}',
  'integrations.backfillStarted': 'empezó',
  'integrations.backfillFinished': 'terminó',
  'integrations.lastWebhook': 'Último webhook',
  'integrations.noWebhook': 'Ninguno recibido todavía',
  'integrations.lastError': 'Último fallo',
  'integrations.noError': 'Ninguno',
  'integrations.webhooks': 'Últimos webhooks',
  'integrations.webhooksCaption': 'Los últimos webhooks de {platform}, los más recientes primero',
  'integrations.noWebhooks': 'Todavía no ha llegado ningún webhook.',
  'integrations.failures': 'Webhooks fallidos en los últimos {n} días',
  'integrations.noFailures': 'Ningún webhook falló en los últimos {n} días.',
  'integrations.failuresCut':
    'En estos días llegaron más webhooks de los que se revisan aquí: solo los últimos {n}.',
  'integrations.topic': 'Tema',
  'integrations.received': 'Recibido',
  'integrations.detail': 'Detalle',
  'webhookOutcome.stored': 'Guardado',
  'webhookOutcome.ignored': 'Ignorado',
  'webhookOutcome.failed': 'Fallido',
  'intake.title': 'Correos reenviados',
  'intake.address': 'Dirección de recepción',
  'intake.addressHint':
    'Reenvía aquí las confirmaciones de envío; cada una se convierte en un pedido con sus paquetes.',
  'intake.noAddress':
    'Todavía no se ha creado una dirección de recepción para esta cuenta. Obtenla con «npx waybill intake address» o GET /v1/intake/address; consulta docs/intake.md.',
  'intake.smtpOn': 'Este servidor recibe por SMTP el correo enviado a esta dirección.',
  'intake.smtpOff':
    'Este servidor no recibe correo por sí mismo: le llega por POST /v1/intake/email, o por un receptor SMTP que actives (docs/intake.md).',
  'intake.mails': 'Últimos correos reenviados',
  'intake.mailsCaption': 'Los últimos correos reenviados, los más recientes primero',
  'intake.noMails': 'Todavía no ha llegado ningún correo reenviado.',
  'intake.from': 'De',
  'intake.subject': 'Asunto',
  'intakeOutcome.registered': 'Registrado',
  'intakeOutcome.duplicate': 'Ya tratado',
  'intakeOutcome.no_number': 'Sin número de seguimiento',
  'intakeOutcome.low_confidence': 'Sin seguridad suficiente',
  'intakeOutcome.too_large': 'Demasiado grande',
  'intakeOutcome.unknown_address': 'Dirección desconocida',
  'intakeOutcome.unreadable': 'Ilegible',
} satisfies Partial<ConsoleMessages>;
