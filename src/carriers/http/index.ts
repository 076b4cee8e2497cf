export { adapterSettings } from './adapter-settings.js';
export {
  CarrierHttpError,
  sendCarrierRequest,
  type CarrierHttp,
  type CarrierRequest,
  type CarrierResponse,
} from './carrier-http.js';
export { OAuthTokenCache, withBearerToken, type ClientCredentials } from './oauth-token.js';
export { retryAfterMs } from './retry-after.js';
export { forNumber, trackEach } from './track-each.js';
