import { recordOf } from './payload-fields.js';

/** `extensions.cost.throttleStatus` of an Admin GraphQL answer. */
export interface ThrottleStatus {
  readonly maximumAvailable: number;
  readonly currentlyAvailable: number;
  readonly restoreRate: number;
}

export interface QueryCost {
  readonly requestedQueryCost: number;
  readonly throttleStatus: ThrottleStatus;
}

/** The cost block of an answer's body, when it has a readable one. */
export function queryCostOf(body: unknown): QueryCost | undefined {
  const cost = recordOf(recordOf(recordOf(body)?.extensions)?.cost);
  const status = recordOf(cost?.throttleStatus);
  const number = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
  const maximumAvailable = number(status?.maximumAvailable);
  const currentlyAvailable = number(status?.currentlyAvailable);
  const restoreRate = number(status?.restoreRate);
  if (maximumAvailable === undefined || currentlyAvailable === undefined || !restoreRate) return undefined;
  return {
    requestedQueryCost: number(cost?.requestedQueryCost) ?? 0,
    throttleStatus: { maximumAvailable, currentlyAvailable, restoreRate },
  };
}

/**
 * Paces Admin GraphQL calls to one shop by Shopify's cost-based leaky bucket: every answer says
 * how many points are available, the bucket's size and how fast it refills; before the next call
 * it works out whether that call's cost (what the same query asked for last time) fits now, and
 * if not how long until it does. Pure arithmetic over a clock in ms, so it is tested without
 * waiting; the client does the waiting.
 */
export class CostPacer {
  private status: ThrottleStatus | undefined;
  private seenAt = 0;
  private readonly costs = new Map<string, number>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** What an answer said: the bucket now, and what the query cost. */
  observe(query: string, cost: QueryCost): void {
    this.status = cost.throttleStatus;
    this.seenAt = this.now();
    if (cost.requestedQueryCost > 0) this.costs.set(query, cost.requestedQueryCost);
  }

  /** Points available now, by the last answer plus what has leaked back since; undefined before any answer. */
  available(): number | undefined {
    if (!this.status) return undefined;
    const { currentlyAvailable, restoreRate, maximumAvailable } = this.status;
    const refilled = ((this.now() - this.seenAt) / 1000) * restoreRate;
    return Math.min(maximumAvailable, currentlyAvailable + refilled);
  }

  /** How long to wait before sending `query` so that its cost fits; 0 when it fits or nothing is known. */
  waitMs(query: string): number {
    const cost = this.costs.get(query);
    const available = this.available();
    if (cost === undefined || available === undefined || !this.status) return 0;
    // A query costing more than the bucket ever holds cannot be made to fit by waiting.
    const needed = Math.min(cost, this.status.maximumAvailable);
    if (available >= needed) return 0;
    return Math.ceil(((needed - available) / this.status.restoreRate) * 1000);
  }
}
