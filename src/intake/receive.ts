import type { Config } from '../config/config.js';
import type { CarrierChoice } from '../http/carrier-choice.js';
import { ingestOrder } from '../orders/ingest-order.js';
import type { Store } from '../store/open-store.js';
import {
  findRegisteredMail,
  recordIntakeMail,
  type IntakeFound,
  type IntakeMail,
} from '../store/repositories/intake-mails.js';
import { intakeAddress, tokenOfAddress } from './intake-address.js';
import { parseIntakeMail, type FoundNumber, type ParsedIntakeMail } from './parse-mail.js';

// What happens to a forwarded mail once it has arrived, by SMTP or through the API: it is read,
// its numbers are registered as the parcels of one order, and the intake records what it did,
// or why it did nothing. Refusals change nothing but that record.

export interface IntakeDeps {
  readonly store: Store;
  readonly config: Config['shops']['intake'];
  readonly clock: () => Date;
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  readonly onCommitted?: (() => void) | undefined;
}

export interface IntakeTarget {
  readonly tenantId: string;
  /**
   * Through the API the tenant is the key's, so the mail itself must name the tenant's intake
   * address (To, Cc, Delivered-To or X-Original-To). Over SMTP the envelope recipient already did.
   */
  readonly mustBeAddressed: boolean;
  /** The API request that handed the mail in, named by the outbox messages it causes. */
  readonly requestId?: string | undefined;
}

/** Reads the mail once and hands it to each tenant it was sent to. */
export async function receiveMail(
  deps: IntakeDeps,
  raw: Buffer,
  targets: readonly IntakeTarget[],
): Promise<IntakeMail[]> {
  const parsed = await parseIntakeMail(raw, { minConfidence: deps.config.minConfidence });
  const handled: IntakeMail[] = [];
  for (const target of targets) handled.push(await handleMail(deps, parsed, target));
  return handled;
}

/**
 * Records a mail refused for its size. It was not read: over SMTP it is known by the hash of the
 * bytes that came, through the API by the request.
 */
export async function recordTooLarge(
  deps: IntakeDeps,
  tenantId: string,
  mail: { readonly messageKey: string; readonly bytes: number | undefined },
): Promise<IntakeMail> {
  const size = mail.bytes === undefined ? '' : ` (${mail.bytes} bytes)`;
  return recordIntakeMail(
    deps.store.db,
    {
      tenantId,
      messageKey: mail.messageKey,
      from: '',
      subject: '',
      outcome: 'too_large',
      found: [],
      detail: `The mail is larger than the ${deps.config.maxBytes} bytes the intake takes${size}; it was not read.`,
      orderId: null,
    },
    deps.clock(),
  );
}

async function handleMail(
  deps: IntakeDeps,
  parsed: ParsedIntakeMail,
  target: IntakeTarget,
): Promise<IntakeMail> {
  const db = deps.store.db;
  const now = deps.clock();
  const record = (mail: Parameters<typeof recordIntakeMail>[1]) => recordIntakeMail(db, mail, now);
  if (!parsed.readable)
    return record({
      tenantId: target.tenantId,
      messageKey: parsed.messageKey,
      from: '',
      subject: '',
      outcome: 'unreadable',
      found: [],
      detail: parsed.detail,
      orderId: null,
    });
  const base = { messageKey: parsed.messageKey, from: parsed.from, subject: parsed.subject };
  if (target.mustBeAddressed) {
    const own = tokenOfAddress(
      await intakeAddress(db, target.tenantId, deps.config.domain),
      deps.config.domain,
    );
    if (!parsed.recipients.some((address) => tokenOfAddress(address, deps.config.domain) === own))
      return record({
        ...base,
        tenantId: null,
        outcome: 'unknown_address',
        found: [],
        detail:
          "The mail is not addressed to this tenant's intake address (in To, Cc, Delivered-To or X-Original-To); it was not read further.",
        orderId: null,
      });
  }
  const earlier = await findRegisteredMail(db, target.tenantId, parsed.messageKey);
  if (earlier)
    return record({
      ...base,
      tenantId: target.tenantId,
      outcome: 'duplicate',
      found: earlier.found,
      detail: `The same mail was registered at ${earlier.receivedAt}; nothing new was stored.`,
      orderId: earlier.orderId,
    });
  const doubtful = parsed.doubtful.map((n) =>
    foundOf(n, { problem: uncertain(n, deps.config.minConfidence) }),
  );
  if (parsed.numbers.length === 0)
    return record({
      ...base,
      tenantId: target.tenantId,
      outcome: doubtful.length === 0 ? 'no_number' : 'low_confidence',
      found: doubtful,
      detail:
        doubtful.length === 0
          ? 'No tracking number was found in the mail.'
          : `Only numbers too uncertain to register were found: ${listed(parsed.doubtful)}.`,
      orderId: null,
    });
  const ingest = await ingestOrder(
    deps.store,
    {
      tenantId: target.tenantId,
      source: 'email',
      orderNumber: parsed.orderNumber,
      context: { sender: parsed.sender, subject: parsed.originalSubject, forwardedBy: parsed.from },
      parcels: parsed.numbers.map((n) => ({ trackingNumber: n.trackingNumber, carrier: n.carrier })),
    },
    now,
    {
      detectCarrier: deps.detectCarrier,
      mode: 'lenient',
      onCommitted: deps.onCommitted,
      requestId: target.requestId,
    },
  );
  const found = parsed.numbers.map((n) => {
    const outcome = ingest.parcels.find((p) => p.trackingNumber === n.trackingNumber);
    if (outcome && 'shipmentId' in outcome) return foundOf(n, { shipmentId: outcome.shipmentId });
    return foundOf(n, { problem: outcome && 'problem' in outcome ? outcome.problem : 'not registered' });
  });
  const registered = found.filter((n) => n.shipmentId !== undefined);
  return record({
    ...base,
    tenantId: target.tenantId,
    outcome: 'registered',
    found: [...found, ...doubtful],
    detail:
      `Registered ${registered.length === 1 ? 'tracking number' : `${registered.length} tracking numbers`} ` +
      `${registered.map((n) => n.trackingNumber).join(', ')} on order ${ingest.order.orderNumber}` +
      (doubtful.length > 0 ? `; left out as too uncertain: ${listed(parsed.doubtful)}.` : '.'),
    orderId: ingest.order.id,
    orderNumber: ingest.order.orderNumber,
  });
}

function foundOf(n: FoundNumber, extra: { shipmentId?: string; problem?: string }): IntakeFound {
  return {
    trackingNumber: n.trackingNumber,
    carrier: n.carrier,
    confidence: n.confidence,
    source: n.source,
    ...extra,
  };
}

function uncertain(n: FoundNumber, minConfidence: number): string {
  return `confidence ${n.confidence} is below the ${minConfidence} asked for`;
}

function listed(numbers: readonly FoundNumber[]): string {
  const shown = numbers.slice(0, 5).map((n) => `${n.trackingNumber} (${n.carrier}, ${n.confidence})`);
  return numbers.length > 5 ? `${shown.join(', ')} and ${numbers.length - 5} more` : shown.join(', ');
}
