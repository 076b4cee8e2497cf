import { TRACKING_NUMBER, TRACKING_NUMBER_AS_PRINTED } from './fragments.js';

/** GET /v1/detect?number=1Z 999 AA1 01 2345 6784: one carrier fits, and its check digit verifies. */
export const detectionExample = {
  input: TRACKING_NUMBER_AS_PRINTED,
  normalized: TRACKING_NUMBER,
  ambiguous: false,
  candidates: [
    {
      carrier: 'ups',
      carrierName: 'UPS',
      service: 'UPS 1Z',
      checkDigit: 'verified' as const,
      confidence: 0.999,
      url: `https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=${TRACKING_NUMBER}`,
    },
  ],
  reason: null,
};
