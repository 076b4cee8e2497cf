import { listOf, recordOf, type JsonRecord } from './payload-fields.js';
import { parseShopifyWebhook, type ShopRef, type ShopifyParse } from './parse-webhook.js';

/** Orders per page: 50 keeps a page's requested cost well inside a Standard plan's bucket. */
export const BACKFILL_PAGE_SIZE = 50;

/**
 * Orders updated since a date, with their fulfillments and tracking (shop-platforms.md §2),
 * plus what the order webhook carries: the customer's contact, language and shipping address.
 */
export const BACKFILL_QUERY = `query WaybillBackfill($cursor: String, $query: String) {
  orders(first: ${BACKFILL_PAGE_SIZE}, after: $cursor, sortKey: UPDATED_AT, query: $query) {
    nodes {
      id name email phone customerLocale createdAt updatedAt
      shippingAddress { name city provinceCode zip countryCodeV2 phone }
      fulfillments(first: 10) {
        id status updatedAt
        trackingInfo(first: 10) { company number url }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface BackfillPage {
  readonly nodes: readonly unknown[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** The page in a query's `data`, or undefined when it is not shaped like one. */
export function backfillPageOf(data: JsonRecord): BackfillPage | undefined {
  const orders = recordOf(data.orders);
  const pageInfo = recordOf(orders?.pageInfo);
  if (!orders || !pageInfo || !Array.isArray(orders.nodes) || typeof pageInfo.hasNextPage !== 'boolean')
    return undefined;
  const endCursor = typeof pageInfo.endCursor === 'string' ? pageInfo.endCursor : null;
  if (pageInfo.hasNextPage && endCursor === null) return undefined;
  return { nodes: orders.nodes, hasNextPage: pageInfo.hasNextPage, endCursor };
}

/**
 * One GraphQL order node, read by the order webhook's parser: the node is rewritten in the REST
 * resource's names, each tracking entry as a fulfillment of its own (one fulfillment may list
 * numbers of several companies), so both ways in agree on what an order is.
 */
export function parseBackfillOrder(node: unknown, shop: ShopRef, now: Date): ShopifyParse {
  const order = recordOf(node);
  if (!order) return parseShopifyWebhook('orders/updated', node, shop, now);
  const address = recordOf(order.shippingAddress);
  const fulfillments = listOf(order.fulfillments).flatMap((value) => {
    const fulfillment = recordOf(value);
    if (!fulfillment) return [];
    const status = typeof fulfillment.status === 'string' ? fulfillment.status.toLowerCase() : undefined;
    return listOf(fulfillment.trackingInfo).map((value) => {
      const info = recordOf(value);
      return {
        id: fulfillment.id,
        status,
        tracking_company: info?.company,
        tracking_numbers: [info?.number],
      };
    });
  });
  return parseShopifyWebhook(
    'orders/updated',
    {
      id: order.id,
      name: order.name,
      email: order.email,
      phone: order.phone,
      customer_locale: order.customerLocale,
      created_at: order.createdAt,
      updated_at: order.updatedAt,
      shipping_address: address && {
        name: address.name,
        city: address.city,
        province_code: address.provinceCode,
        zip: address.zip,
        country_code: address.countryCodeV2,
        phone: address.phone,
      },
      fulfillments,
    },
    shop,
    now,
  );
}
