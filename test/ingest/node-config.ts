// Every node process in these tests runs with the webhook settings of the webhook crash test.
export { FAST_WEBHOOKS_CONFIG as NODE_CONFIG } from '../notify/webhooks-process.js';
