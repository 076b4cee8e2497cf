import type { Catalog } from '../catalog.js';

const EXCEPTION_REASON =
  '{reason, select, consignee {a transportadora precisa de algo de você} retailer {a loja precisa agir} customs {está retido na alfândega} carrier {a transportadora teve um problema} force_majeure {de circunstâncias fora do controle de todos} other {a transportadora relatou um problema}}';
const DELAY_REASON =
  '{reason, select, promise_at_risk {pode não chegar na data prometida} carrier_estimate_slipped {a transportadora mudou a previsão} stalled {não é escaneado há algum tempo} other {a transportadora está atrasada}}';

export const ptBR: Catalog = {
  topics: {
    shipping_confirmation: {
      subject: 'Seu pedido {order} está a caminho',
      headline: 'Seu pedido está a caminho',
      body: 'A {brand} enviou seu pedido {order}: a {carrier} está levando seu pacote {number}. {estimate}',
      sms: '{brand}: seu pedido {order} está a caminho com a {carrier}, pacote {number}. {estimate}',
      line: 'Pacote {carrier} {number}. {estimate}',
    },
    shipped: {
      subject: 'Seu pacote da {brand} está a caminho',
      headline: 'Seu pacote está a caminho',
      body: 'A {carrier} está com seu pacote {number}. {estimate}',
      sms: '{brand}: seu pacote {number} está a caminho com a {carrier}. {estimate}',
      line: 'A caminho com a {carrier}.',
    },
    out_for_delivery: {
      subject: 'Seu pacote da {brand} chega hoje',
      headline: 'Saiu para entrega',
      body: 'Seu pacote {number} está no veículo da {carrier} e deve chegar hoje.',
      sms: '{brand}: seu pacote {number} saiu para entrega hoje.',
      line: 'Saiu para entrega hoje.',
    },
    delivered: {
      subject: 'Seu pacote da {brand} foi entregue',
      headline: 'Entregue',
      body: 'Seu pacote {number} foi entregue em {deliveredAt, date, long} às {deliveredAt, time, short}.',
      sms: '{brand}: seu pacote {number} foi entregue em {deliveredAt, date, short} às {deliveredAt, time, short}.',
      line: 'Entregue em {deliveredAt, date, long} às {deliveredAt, time, short}.',
    },
    available_for_pickup: {
      subject: 'Seu pacote da {brand} está pronto para retirada',
      headline: 'Pronto para retirada',
      body: 'Seu pacote {number} está esperando por você em um ponto de retirada da {carrier}. Leve um documento com foto.',
      sms: '{brand}: seu pacote {number} está pronto para retirada.',
      line: 'Pronto para retirada.',
    },
    failed_attempt: {
      subject: 'A {carrier} não conseguiu entregar seu pacote da {brand}',
      headline: 'Tentativa de entrega sem sucesso',
      body: 'A {carrier} tentou entregar seu pacote {number}, mas não conseguiu. Normalmente há nova tentativa no próximo dia útil.',
      sms: '{brand}: a {carrier} não conseguiu entregar {number}. Normalmente tentará de novo.',
      line: 'Uma tentativa de entrega falhou.',
    },
    exception: {
      subject: 'Um problema com seu pacote da {brand}',
      headline: 'Há um problema com seu pacote',
      body: 'Seu pacote {number} está parado porque ' + EXCEPTION_REASON + '.',
      sms: '{brand}: seu pacote {number} está parado porque ' + EXCEPTION_REASON + '.',
      line: 'Parado porque ' + EXCEPTION_REASON + '.',
    },
    delay: {
      subject: 'Seu pacote da {brand} está atrasado',
      headline: 'Atrasado',
      body: 'Seu pacote {number} está atrasado porque ' + DELAY_REASON + '. {estimate}',
      sms: '{brand}: o pacote {number} está atrasado. {estimate}',
      line: 'Atrasado porque ' + DELAY_REASON + '.',
    },
    estimate_moved: {
      subject: 'Nova previsão de entrega do seu pacote da {brand}',
      headline: 'Nova previsão de entrega',
      body: 'Seu pacote {number} deve chegar {days, plural, one {# dia} other {# dias}} {direction, select, earlier {antes} other {depois}} do previsto. {estimate}',
      sms: '{brand}: nova previsão para {number}. {estimate}',
      line: 'Agora {days, plural, one {# dia} other {# dias}} {direction, select, earlier {antes} other {depois}}.',
    },
    stalled: {
      subject: 'Sem notícias do seu pacote da {brand}',
      headline: 'Sem notícias há algum tempo',
      body: 'A {carrier} não escaneia seu pacote {number} há {days, plural, one {# dia útil} other {# dias úteis}}. Estamos de olho.',
      sms: '{brand}: {number} sem escaneamento há {days, plural, one {# dia útil} other {# dias úteis}}.',
      line: 'Sem escaneamento há {days, plural, one {# dia útil} other {# dias úteis}}.',
    },
    returned: {
      subject: 'Seu pacote da {brand} está voltando',
      headline: 'Voltando ao remetente',
      body: 'Seu pacote {number} está voltando para a {brand}. Fale conosco se você não esperava por isso.',
      sms: '{brand}: seu pacote {number} está voltando para nós.',
      line: 'Voltando ao remetente.',
    },
  },
  estimateSingle: 'Previsão de entrega: {date, date, calendar}.',
  estimateRange: 'Previsão de entrega entre {from, date, calendar} e {until, date, calendar}.',
  digestSubject: '{count, plural, one {# novidade} other {# novidades}} sobre seu pacote da {brand}',
  digestHeadline: 'Novidades do seu pacote {number}',
  digestSms: '{brand}: {count, plural, one {# novidade} other {# novidades}} sobre {number}: {latest}',
  cta: 'Acompanhar seu pacote',
  carrierLabel: 'Transportadora',
  numberLabel: 'Código de rastreio',
  estimateLabel: 'Entrega prevista',
  support: 'Dúvidas? Fale com a {brand}: {contact}',
  footer: 'Você recebe esta mensagem porque pediu à {brand} novidades sobre o pacote {number}.',
  unsubscribe: 'Cancelar inscrição',
  confirmation: {
    subject:
      '{count, plural, one {# pacote do seu pedido {order} está a caminho} other {# pacotes do seu pedido {order} estão a caminho}}',
    headline: 'Seu pedido {order} está a caminho',
    body: 'A {brand} enviou seu pedido {order} em {count, plural, one {# pacote} other {# pacotes}}. Acompanhe todos em uma só página.',
    sms: '{brand}: seu pedido {order} está a caminho em {count, plural, one {# pacote} other {# pacotes}}.',
    cta: 'Acompanhar seu pedido',
    footer: 'Você recebe esta mensagem porque pediu à {brand} novidades sobre seu pedido {order}.',
  },
  smsHelp: '{brand}: avisos de pacote. Responda STOP para parar e START para voltar a receber.',
  unsubscribePage: {
    title: 'Cancelar inscrição',
    question: 'Parar de receber novidades da {brand} sobre o pacote {number}?',
    button: 'Cancelar inscrição',
    done: 'Pronto: você não receberá mais novidades sobre este pacote.',
    unknown: 'Este link não é mais válido; talvez sua inscrição já tenha sido cancelada.',
  },
};
