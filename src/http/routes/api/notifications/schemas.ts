import { Type } from 'typebox';
import { TOPICS } from '../../../../notify/topics.js';
import { SHIPMENT_ID } from '../../../examples/fragments.js';
import { notFound } from '../../../examples/problems.js';

export const ChannelSchema = Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('push')]);
export const TopicSchema = Type.Union(TOPICS.map((topic) => Type.Literal(topic)));
const HEX = '^#[0-9a-fA-F]{6}$';

export const RulesBody = Type.Object(
  {
    rules: Type.Optional(
      Type.Object(
        Object.fromEntries(
          TOPICS.map((topic) => [
            topic,
            Type.Optional(
              Type.Object(
                { channels: Type.Array(ChannelSchema, { maxItems: 3, uniqueItems: true }) },
                { additionalProperties: false },
              ),
            ),
          ]),
        ),
        { additionalProperties: false },
      ),
    ),
    dailyCap: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);

export const RulesView = Type.Object({
  rules: Type.Array(
    Type.Object({
      topic: Type.String(),
      description: Type.String(),
      channels: Type.Array(Type.String()),
      defaultChannels: Type.Array(Type.String()),
      sampleEvent: Type.String(),
    }),
  ),
  dailyCap: Type.Integer(),
});

export const BrandingBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    logoUrl: Type.Optional(Type.Union([Type.String({ pattern: '^https://', maxLength: 2000 }), Type.Null()])),
    primaryColor: Type.Optional(Type.String({ pattern: HEX })),
    accentColor: Type.Optional(Type.String({ pattern: HEX })),
    supportEmail: Type.Optional(
      Type.Union([Type.String({ maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' }), Type.Null()]),
    ),
    supportPhone: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    supportUrl: Type.Optional(
      Type.Union([Type.String({ pattern: '^https?://', maxLength: 2000 }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);

export const BrandingView = Type.Object({
  name: Type.String(),
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  primaryColor: Type.String(),
  accentColor: Type.String(),
  supportEmail: Type.Union([Type.String(), Type.Null()]),
  supportPhone: Type.Union([Type.String(), Type.Null()]),
  supportUrl: Type.Union([Type.String(), Type.Null()]),
});

export const RecipientBody = Type.Object(
  {
    channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
    address: Type.String({
      minLength: 3,
      maxLength: 254,
      description: 'Email address, or a phone number (E.164).',
    }),
    locale: Type.Optional(Type.String({ maxLength: 35, description: 'BCP 47: en, es, de, fr, pt-BR…' })),
    timeZone: Type.Optional(
      Type.String({ maxLength: 64, description: 'IANA zone, for quiet hours and dates.' }),
    ),
    consentText: Type.Optional(Type.String({ maxLength: 1000, description: 'What the customer agreed to.' })),
  },
  { additionalProperties: false },
);

export const RecipientView = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  address: Type.String(),
  locale: Type.String(),
  timeZone: Type.Union([Type.String(), Type.Null()]),
  optedOut: Type.Boolean(),
});

export const IdParams = Type.Object({ id: Type.String({ maxLength: 64, examples: [SHIPMENT_ID] }) });
export const noShipment = (path = '') =>
  notFound('shipment with id', SHIPMENT_ID, `/v1/shipments/${SHIPMENT_ID}${path}`);
