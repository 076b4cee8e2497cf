import { Type } from 'typebox';

// Shop platforms and the mail intake (issue 15). Shops are configured in the config file only
// (credentials do not belong in the environment of every process), checked at start.

const ShopifyShop = Type.Object(
  {
    tenantId: Type.String({ minLength: 1, description: "The Waybill tenant this shop's orders belong to." }),
    shopDomain: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*\\.myshopify\\.com$',
      description: 'The shop as Shopify names it: example.myshopify.com (X-Shopify-Shop-Domain).',
    }),
    accessToken: Type.String({ minLength: 1, description: "The custom app's Admin API access token." }),
    clientSecret: Type.String({
      minLength: 1,
      description: "The custom app's client secret: webhook HMAC key.",
    }),
    previousClientSecret: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The secret before a rotation, accepted for webhooks meanwhile.',
      }),
    ),
    apiVersion: Type.String({ default: '2026-01', pattern: '^(\\d{4}-\\d{2}|unstable)$' }),
    baseUrl: Type.Optional(
      Type.String({
        description: 'Admin API base URL; default https://<shopDomain>. Tests point it at a stand-in.',
      }),
    ),
    postEvents: Type.Boolean({
      default: true,
      description: "Post each status change back with fulfillmentEventCreate (the shop's order-status page).",
    }),
  },
  { additionalProperties: false },
);

const WooCommerceShop = Type.Object(
  {
    tenantId: Type.String({ minLength: 1, description: "The Waybill tenant this shop's orders belong to." }),
    siteUrl: Type.String({
      minLength: 1,
      description: 'The site home URL as X-WC-Webhook-Source sends it (https://shop.example/).',
    }),
    consumerKey: Type.String({ minLength: 1 }),
    consumerSecret: Type.String({ minLength: 1 }),
    webhookSecret: Type.String({ minLength: 1, description: 'The secret the webhooks were created with.' }),
    restBase: Type.Optional(Type.String({ description: 'REST base URL; default <siteUrl>wp-json/wc/v3/.' })),
  },
  { additionalProperties: false },
);

const IntakeConfig = Type.Object(
  {
    smtpEnabled: Type.Boolean({
      default: false,
      description: 'Listen for forwarded shipping mail over SMTP (env INTAKE_SMTP_ENABLED).',
    }),
    smtpPort: Type.Integer({
      minimum: 0,
      maximum: 65535,
      default: 2525,
      description: 'env INTAKE_SMTP_PORT',
    }),
    smtpHost: Type.String({ default: '127.0.0.1', description: 'env INTAKE_SMTP_HOST' }),
    domain: Type.String({
      default: 'intake.waybill.local',
      description: 'Intake addresses are <tenant token>@<domain> (env INTAKE_DOMAIN).',
    }),
    maxBytes: Type.Integer({
      minimum: 1024,
      default: 2_000_000,
      description: 'Larger mail is refused (552).',
    }),
    minConfidence: Type.Number({
      minimum: 0,
      maximum: 1,
      default: 0.8,
      description: 'Numbers found with less confidence are not registered.',
    }),
  },
  { additionalProperties: false, default: {} },
);

export const ShopsConfig = Type.Object(
  {
    shopify: Type.Array(ShopifyShop, { default: [], maxItems: 1000 }),
    woocommerce: Type.Array(WooCommerceShop, { default: [], maxItems: 1000 }),
    intake: IntakeConfig,
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const SHOPS_ENV_KEYS: Record<string, string[]> = {
  INTAKE_SMTP_ENABLED: ['intake', 'smtpEnabled'],
  INTAKE_SMTP_PORT: ['intake', 'smtpPort'],
  INTAKE_SMTP_HOST: ['intake', 'smtpHost'],
  INTAKE_DOMAIN: ['intake', 'domain'],
};
