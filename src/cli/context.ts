import { loadConfig, type Config } from '../config/config.js';
import { openStore, type Store } from '../store/open-store.js';

/** Config from the environment, and the store it names, closed after `work`. */
export async function withStore<T>(
  work: (store: Store, config: Config) => Promise<T>,
  overrides = {},
): Promise<T> {
  const config = loadConfig(process.env, overrides);
  const store = await openStore(config.databaseUrl);
  try {
    return await work(store, config);
  } finally {
    await store.close();
  }
}
