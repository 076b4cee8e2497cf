/**
 * Waits until no durable subscriber of the server at `origin` has outbox messages left (every
 * `waybill_outbox_lag_messages` on /metrics at 0), and returns how many milliseconds that took. A
 * server works the backlog it starts with (a store filled by `waybill simulate`) while it serves;
 * benchmarks of its steady state start after that.
 */
export async function caughtUp(origin: string, timeoutMs = 600_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    const lags = [...metrics.matchAll(/^waybill_outbox_lag_messages\{[^}]*\} (\d+)/gm)].map((m) =>
      Number(m[1]),
    );
    if (lags.length > 0 && lags.every((lag) => lag === 0)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`outbox lag still ${lags.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
