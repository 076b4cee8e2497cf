import type { Catalog } from '../catalog.js';

const EXCEPTION_REASON =
  '{reason, select, consignee {el transportista necesita algo de ti} retailer {la tienda tiene que actuar} customs {está retenido en aduanas} carrier {el transportista tiene un problema} force_majeure {circunstancias ajenas a todos} other {el transportista ha comunicado una incidencia}}';
const DELAY_REASON =
  '{reason, select, promise_at_risk {podría no llegar en la fecha prometida} carrier_estimate_slipped {el transportista ha cambiado su estimación} stalled {hace tiempo que no se escanea} other {el transportista va con retraso}}';

export const es: Catalog = {
  topics: {
    shipping_confirmation: {
      subject: 'Tu pedido {order} está en camino',
      headline: 'Tu pedido está en camino',
      body: '{brand} ha enviado tu pedido {order}: {carrier} lleva tu paquete {number}. {estimate}',
      sms: '{brand}: tu pedido {order} está en camino con {carrier}, paquete {number}. {estimate}',
      line: 'Paquete de {carrier} {number}. {estimate}',
    },
    shipped: {
      subject: 'Tu paquete de {brand} está en camino',
      headline: 'Tu paquete está en camino',
      body: '{carrier} tiene tu paquete {number}. {estimate}',
      sms: '{brand}: tu paquete {number} está en camino con {carrier}. {estimate}',
      line: 'En camino con {carrier}.',
    },
    out_for_delivery: {
      subject: 'Tu paquete de {brand} llega hoy',
      headline: 'En reparto',
      body: 'Tu paquete {number} está en el vehículo de {carrier} y debería llegar hoy.',
      sms: '{brand}: tu paquete {number} está en reparto hoy.',
      line: 'En reparto hoy.',
    },
    delivered: {
      subject: 'Tu paquete de {brand} ha sido entregado',
      headline: 'Entregado',
      body: 'Tu paquete {number} se entregó el {deliveredAt, date, long} a las {deliveredAt, time, short}.',
      sms: '{brand}: tu paquete {number} se entregó el {deliveredAt, date, short} a las {deliveredAt, time, short}.',
      line: 'Entregado el {deliveredAt, date, long} a las {deliveredAt, time, short}.',
    },
    available_for_pickup: {
      subject: 'Tu paquete de {brand} está listo para recoger',
      headline: 'Listo para recoger',
      body: 'Tu paquete {number} te espera en un punto de recogida de {carrier}. Lleva tu documento de identidad.',
      sms: '{brand}: tu paquete {number} está listo para recoger.',
      line: 'Listo para recoger.',
    },
    failed_attempt: {
      subject: '{carrier} no pudo entregar tu paquete de {brand}',
      headline: 'Intento de entrega fallido',
      body: '{carrier} intentó entregar tu paquete {number} pero no pudo. Normalmente lo vuelve a intentar el siguiente día laborable.',
      sms: '{brand}: {carrier} no pudo entregar {number}. Normalmente lo volverá a intentar.',
      line: 'Un intento de entrega ha fallado.',
    },
    exception: {
      subject: 'Un problema con tu paquete de {brand}',
      headline: 'Hay un problema con tu paquete',
      body: 'Tu paquete {number} está detenido porque ' + EXCEPTION_REASON + '.',
      sms: '{brand}: tu paquete {number} está detenido porque ' + EXCEPTION_REASON + '.',
      line: 'Detenido porque ' + EXCEPTION_REASON + '.',
    },
    delay: {
      subject: 'Tu paquete de {brand} va con retraso',
      headline: 'Con retraso',
      body: 'Tu paquete {number} va con retraso porque ' + DELAY_REASON + '. {estimate}',
      sms: '{brand}: el paquete {number} va con retraso. {estimate}',
      line: 'Con retraso porque ' + DELAY_REASON + '.',
    },
    estimate_moved: {
      subject: 'Nueva fecha estimada para tu paquete de {brand}',
      headline: 'Nueva fecha estimada',
      body: 'Tu paquete {number} llegará {days, plural, one {# día} other {# días}} {direction, select, earlier {antes} other {más tarde}} de lo previsto. {estimate}',
      sms: '{brand}: nueva estimación para {number}. {estimate}',
      line: 'Ahora {days, plural, one {# día} other {# días}} {direction, select, earlier {antes} other {más tarde}}.',
    },
    stalled: {
      subject: 'Sin noticias de tu paquete de {brand}',
      headline: 'Sin noticias desde hace un tiempo',
      body: '{carrier} no ha escaneado tu paquete {number} desde hace {days, plural, one {# día laborable} other {# días laborables}}. Lo estamos vigilando.',
      sms: '{brand}: {number} sin escaneos desde hace {days, plural, one {# día laborable} other {# días laborables}}.',
      line: 'Sin escaneos desde hace {days, plural, one {# día laborable} other {# días laborables}}.',
    },
    returned: {
      subject: 'Tu paquete de {brand} vuelve al remitente',
      headline: 'De vuelta al remitente',
      body: 'Tu paquete {number} está volviendo a {brand}. Escríbenos si no lo esperabas.',
      sms: '{brand}: tu paquete {number} está volviendo a nosotros.',
      line: 'De vuelta al remitente.',
    },
  },
  estimateSingle: 'Llegada prevista el {date, date, calendar}.',
  estimateRange: 'Llegada prevista entre el {from, date, calendar} y el {until, date, calendar}.',
  digestSubject: '{count, plural, one {# novedad} other {# novedades}} sobre tu paquete de {brand}',
  digestHeadline: 'Novedades de tu paquete {number}',
  digestSms: '{brand}: {count, plural, one {# novedad} other {# novedades}} sobre {number}: {latest}',
  cta: 'Seguir tu paquete',
  carrierLabel: 'Transportista',
  numberLabel: 'Número de seguimiento',
  estimateLabel: 'Entrega estimada',
  support: '¿Preguntas? Contacta con {brand}: {contact}',
  footer: 'Recibes este mensaje porque pediste a {brand} novedades sobre el paquete {number}.',
  unsubscribe: 'Darse de baja',
  confirmation: {
    subject:
      '{count, plural, one {# paquete de tu pedido {order} está en camino} other {# paquetes de tu pedido {order} están en camino}}',
    headline: 'Tu pedido {order} está en camino',
    body: '{brand} ha enviado tu pedido {order} en {count, plural, one {# paquete} other {# paquetes}}. Síguelos todos en una sola página.',
    sms: '{brand}: tu pedido {order} está en camino en {count, plural, one {# paquete} other {# paquetes}}.',
    cta: 'Seguir tu pedido',
    footer: 'Recibes este mensaje porque pediste a {brand} novedades sobre tu pedido {order}.',
  },
  smsHelp:
    '{brand}: avisos de tu paquete. Responde STOP para dejar de recibirlos y START para volver a recibirlos.',
  unsubscribePage: {
    title: 'Darse de baja',
    question: '¿Dejar de recibir novedades de {brand} sobre el paquete {number}?',
    button: 'Darme de baja',
    done: 'Hecho: no recibirás más novedades sobre este paquete.',
    unknown: 'Este enlace ya no es válido; puede que ya te hayas dado de baja.',
  },
};
