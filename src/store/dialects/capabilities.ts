/**
 * What differs between the databases, as flags the code asks about instead of
 * `if (dialect === …)`. Kept deliberately small.
 */
export interface StoreCapabilities {
  readonly dialect: 'sqlite' | 'postgres';
  /** `SELECT … FOR UPDATE [SKIP LOCKED]`: needed when several processes write concurrently. */
  readonly rowLocks: boolean;
  readonly skipLocked: boolean;
  /** LISTEN/NOTIFY for waking relays on other machines. */
  readonly listenNotify: boolean;
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number;
}

export const SQLITE_CAPABILITIES: StoreCapabilities = {
  dialect: 'sqlite',
  rowLocks: false,
  skipLocked: false,
  listenNotify: false,
  // better-sqlite3 12 bundles SQLite built with SQLITE_MAX_VARIABLE_NUMBER = 32766.
  maxParameters: 32_766,
};

export const POSTGRES_CAPABILITIES: StoreCapabilities = {
  dialect: 'postgres',
  rowLocks: true,
  skipLocked: true,
  listenNotify: true,
  maxParameters: 65_535,
};
