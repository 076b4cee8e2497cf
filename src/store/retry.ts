/**
 * PostgreSQL may abort one of two transactions that lock the same rows in opposite orders
 * (deadlock, 40P01) or conflict under serializable isolation (40001). Ingest and registration
 * are idempotent — dedupe keys and the unique tracking number make a replay change nothing
 * twice — so the right answer is to run the transaction again, not to fail the request.
 */
const RETRYABLE = new Set(['40P01', '40001']);

export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}
