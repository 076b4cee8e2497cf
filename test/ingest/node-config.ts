/** Config of every node process in these tests: webhooks sent fast to a receiver on loopback. */
export const NODE_CONFIG = {
  'webhooks.allowedDestinations': ['127.0.0.1'],
  'webhooks.pollIntervalMs': 50,
  'webhooks.claimMs': 2_000,
  'webhooks.requestTimeoutMs': 1_500,
  'webhooks.concurrency': 4,
  'webhooks.retry.baseDelayMs': 50,
  'webhooks.retry.maxDelayMs': 200,
};
