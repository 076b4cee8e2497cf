import { SHIPMENT_ID, TRACKING_NUMBER, TRACKING_NUMBER_AS_PRINTED } from './fragments.js';

// The mail intake's examples: the shop forwards UPS's shipping confirmation for order #1001 (the
// shipment of the other examples) to its intake address, and later a mail with no number in it.

export const INTAKE_ADDRESS = '8ad3c35fa8d60c778d2d@intake.waybill.local';
export const ORDER_ID = '01M7WRP8FM8NTKY31FGHJ7N8KQ'; // 2026-11-20T15:20:07.412Z
export const INTAKE_MAIL_ID = '01M7WRP8FM8NTKY31FGHJ7N8KR'; // 2026-11-20T15:20:07.412Z
export const LATER_INTAKE_MAIL_ID = '01M7WV39MNMQWM2KKZRZVV7VFS'; // 2026-11-20T16:02:11.733Z

export const intakeAddressExample = { address: INTAKE_ADDRESS, smtpEnabled: true };

/** A Gmail inline forward of the shop's shipping confirmation, as `POST /v1/intake/email` takes it. */
export const forwardedMailExample = [
  'From: Ana Ruiz <ana@acme-shop.com>',
  `To: ${INTAKE_ADDRESS}`,
  'Subject: Fwd: Your order #1001 is on its way',
  'Message-ID: <CAF-1001-forward@mail.gmail.com>',
  'Date: Fri, 20 Nov 2026 15:20:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  '---------- Forwarded message ---------',
  'From: Acme Shop <orders@acme-shop.com>',
  'Date: Fri, 20 Nov 2026 at 15:16',
  'Subject: Your order #1001 is on its way',
  '',
  'Good news: order #1001 has shipped with UPS.',
  `Tracking number: ${TRACKING_NUMBER_AS_PRINTED}`,
  `https://www.ups.com/track?loc=en_US&tracknum=${TRACKING_NUMBER}`,
  '',
].join('\r\n');

export const registeredMailExample = {
  id: INTAKE_MAIL_ID,
  receivedAt: '2026-11-20T15:20:07.412Z',
  messageKey: '<CAF-1001-forward@mail.gmail.com>',
  from: 'ana@acme-shop.com',
  subject: 'Fwd: Your order #1001 is on its way',
  outcome: 'registered' as const,
  detail: `Registered tracking number ${TRACKING_NUMBER} on order #1001.`,
  found: [
    {
      trackingNumber: TRACKING_NUMBER,
      carrier: 'ups',
      confidence: 1,
      source: 'link' as const,
      shipmentId: SHIPMENT_ID,
    },
  ],
  orderId: ORDER_ID,
  orderNumber: '#1001',
};

const noNumberExample = {
  id: LATER_INTAKE_MAIL_ID,
  receivedAt: '2026-11-20T16:02:11.733Z',
  messageKey: '<CAF-1002-forward@mail.gmail.com>',
  from: 'ana@acme-shop.com',
  subject: 'Fwd: Thanks for your order #1002',
  outcome: 'no_number' as const,
  detail: 'No tracking number was found in the mail.',
  found: [],
  orderId: null,
  orderNumber: null,
};

export const intakeMailPageExample = {
  data: [noNumberExample, registeredMailExample],
  nextCursor: null,
};
