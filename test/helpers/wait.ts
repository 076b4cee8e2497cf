/** Waits until `check` returns a truthy value, polling; fails with `what` after the deadline. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `work`, or a failure naming `what` if it takes longer than `ms`: a hang names its step. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until `read()` reaches `target`, for as long as it keeps moving: fails, naming `what` and
 * where it stood, only once it has not moved for `stallMs`. For catching up on a backlog, whose
 * length depends on how loaded the machine is, while a stuck reader still fails.
 */
export async function waitForProgress(
  read: () => Promise<number>,
  target: number,
  what: string,
  stallMs = 30_000,
  describeStall: () => string = () => '',
): Promise<void> {
  let last = await read();
  let movedAt = Date.now();
  while (last < target) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await read();
    if (now !== last) {
      last = now;
      movedAt = Date.now();
    } else if (Date.now() - movedAt > stallMs) {
      throw new Error(`${what} stopped at ${last} of ${target} for ${stallMs} ms ${describeStall()}`.trim());
    }
  }
}
