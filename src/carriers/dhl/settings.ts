import { Type, type Static } from 'typebox';

/** `carriers.accounts.dhl`: an app on developer.dhl.com subscribed to Shipment Tracking – Unified. */
export const DhlSettingsSchema = Type.Object(
  {
    baseUrl: Type.String({
      default: 'https://api-eu.dhl.com',
      description: 'DHL API host; requests go to {baseUrl}/track/shipments.',
    }),
    apiKey: Type.String({ minLength: 1, description: 'Sent as the DHL-API-Key header (secret).' }),
    service: Type.Optional(
      Type.String({
        description: 'Limit lookups to one DHL business unit (express, parcel-de, ecommerce, …).',
      }),
    ),
    language: Type.String({ default: 'en', description: 'Language of the event texts.' }),
    timeoutMs: Type.Integer({ minimum: 100, default: 15_000, description: 'Per-request deadline.' }),
  },
  { additionalProperties: false },
);

export type DhlSettings = Static<typeof DhlSettingsSchema>;
