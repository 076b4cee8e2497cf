// Tables of merchant webhooks (issue 6): endpoints, deliveries and the dead-letter list.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the tables land
export interface WebhookTables {}
