import type { ConsoleMessages } from '../en.js';

// Brazilian Portuguese: Configurações → Integrações: as plataformas de loja e a recepção de e-mails.

export const integrations = {
  'settings.integrations': 'Integrações',
  'integrations.intro':
    'De onde vêm os pedidos: suas lojas e a recepção de e-mails encaminhados. As lojas são configuradas no arquivo de configuração, e seus segredos ficam lá.',
  'integrations.nothing':
    'Nada está conectado ainda: nenhuma loja envia pedidos para esta conta e nenhum e-mail foi encaminhado. Veja docs/shops.md para Shopify e WooCommerce, e docs/intake.md para e-mails de envio encaminhados.',
  'integrations.shopify': 'Shopify',
  'integrations.woocommerce': 'WooCommerce',
  'integrations.notConfigured.shopify':
    'Nenhuma loja Shopify está conectada a esta conta. Adicione uma em shops.shopify no arquivo de configuração; veja docs/shops.md.',
  'integrations.notConfigured.woocommerce':
    'Nenhum site WooCommerce está conectado a esta conta. Adicione um em shops.woocommerce no arquivo de configuração; veja docs/shops.md.',
  'integrations.shops': 'Lojas',
  'integrations.shop': 'Loja',
  'integrations.backfill': 'Carga do histórico',
  'integrations.backfillNone': 'Ainda não executada',
  'integrations.backfillDone': 'Concluída: {n} pedidos',
  'integrations.backfillDone.one': 'Concluída: {n} pedido',
  'integrations.backfillRunning': 'Em andamento: {n} pedidos até agora',
  'integrations.backfillRunning.one': 'Em andamento: {n} pedido até agora',
  'integrations.backfillPages': 'páginas lidas: {n}',
  'integrations.backfillPagesOf': 'página {page} de {total}',
  'integrations.backfillFailed': 'não salvos: {n}',
  'integrations.backfillStarted': 'iniciada',
  'integrations.backfillFinished': 'concluída',
  'integrations.lastWebhook': 'Último webhook',
  'integrations.noWebhook': 'Nenhum recebido ainda',
  'integrations.lastError': 'Última falha',
  'integrations.noError': 'Nenhuma',
  'integrations.webhooks': 'Últimos webhooks',
  'integrations.webhooksCaption': 'Os últimos webhooks de {platform}, os mais recentes primeiro',
  'integrations.noWebhooks': 'Nenhum webhook chegou ainda.',
  'integrations.failures': 'Webhooks com falha nos últimos {n} dias',
  'integrations.noFailures': 'Nenhum webhook falhou nos últimos {n} dias.',
  'integrations.failuresCut':
    'Chegaram mais webhooks nesses dias do que os examinados aqui: só os últimos {n}.',
  'integrations.topic': 'Tópico',
  'integrations.received': 'Recebido',
  'integrations.detail': 'Detalhe',
  'webhookOutcome.stored': 'Salvo',
  'webhookOutcome.ignored': 'Ignorado',
  'webhookOutcome.failed': 'Com falha',
  'intake.title': 'E-mails encaminhados',
  'intake.address': 'Endereço de recepção',
  'intake.addressHint':
    'Encaminhe para cá as confirmações de envio; cada uma vira um pedido com seus pacotes.',
  'intake.noAddress':
    'Ainda não foi criado um endereço de recepção para esta conta. Obtenha-o com “npx waybill intake address” ou GET /v1/intake/address; veja docs/intake.md.',
  'intake.smtpOn': 'Este servidor recebe por SMTP os e-mails enviados a esse endereço.',
  'intake.smtpOff':
    'Este servidor não recebe e-mails por conta própria: eles chegam por POST /v1/intake/email, ou por um receptor SMTP que você ativar (docs/intake.md).',
  'intake.mails': 'Últimos e-mails encaminhados',
  'intake.mailsCaption': 'Os últimos e-mails encaminhados, os mais recentes primeiro',
  'intake.noMails': 'Nenhum e-mail encaminhado chegou ainda.',
  'intake.from': 'De',
  'intake.subject': 'Assunto',
  'intakeOutcome.registered': 'Registrado',
  'intakeOutcome.duplicate': 'Já tratado',
  'intakeOutcome.no_number': 'Sem número de rastreio',
  'intakeOutcome.low_confidence': 'Sem certeza suficiente',
  'intakeOutcome.too_large': 'Grande demais',
  'intakeOutcome.unknown_address': 'Endereço desconhecido',
  'intakeOutcome.unreadable': 'Ilegível',
} satisfies Partial<ConsoleMessages>;
