// Tables of web push (issue 6): VAPID keys. Push subscriptions are notification recipients with
// channel 'push' (src/store/tables/notify.ts), so they live there.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

/** The server's VAPID key pair, made on first start and kept: subscriptions are bound to it. */
export interface VapidKeyTable {
  /** Always 'current': one pair per installation. */
  id: string;
  /** base64url, uncompressed P-256 point: what the browser's `applicationServerKey` takes. */
  public_key: string;
  private_key: string;
  created_at: string;
}

export interface PushTables {
  vapid_keys: VapidKeyTable;
}
