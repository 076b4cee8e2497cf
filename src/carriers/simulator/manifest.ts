/**
 * The simulator as a carrier: it pushes scans like a carrier's webhook and is never polled.
 */
export const manifest = Object.freeze({
  id: 'simulator',
  name: 'Waybill carrier simulator',
  capabilities: Object.freeze({ pull: false, push: true }),
} as const);
