import type { Migration } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import { initial } from './0001-initial.js';

/** Every migration, in order. An explicit list: nothing is discovered from the filesystem. */
export function allMigrations(caps: StoreCapabilities): Record<string, Migration> {
  return {
    '0001-initial': initial(caps),
  };
}
