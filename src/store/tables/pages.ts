// Tables of the customer tracking page (issue 7): page tokens, lookup rate limits.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the tables land
export interface PageTables {}
