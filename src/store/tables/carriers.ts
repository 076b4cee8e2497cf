// Tables of the carrier integrations (issue 4): poll schedule and claims, carrier health, unmapped codes, inbound files.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the tables land
export interface CarrierTables {}
