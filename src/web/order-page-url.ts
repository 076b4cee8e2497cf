// The address of an order's tracking page: one page for every parcel of the order, at
// `/o/<token>` (the order's page_token, 144 random bits). For the API's order answers and for
// messages; the page itself is src/http/routes/public/order-page.ts.

/** `/o/<token>`: the path, for redirects and cookies on this host. */
export function orderPagePath(pageToken: string): string {
  return `/o/${pageToken}`;
}

/** `${publicBaseUrl}/o/<token>`, with no doubled slash whatever the configured base URL ends with. */
export function orderPageUrl(publicBaseUrl: string, pageToken: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${orderPagePath(pageToken)}`;
}
