import type { Substatus } from '../../domain/status.js';

/**
 * Carriers put the detail of a delivery, a failed attempt or an exception in words, not codes
 * ("Delivered, In/At Mailbox", "Customer not available or business closed"). When a code only
 * gives the generic substatus, these words pick the specific one. Only generic substatuses are
 * refined, so a precise code always wins over wording.
 */
const RULES: Readonly<Partial<Record<Substatus, readonly (readonly [RegExp, Substatus])[]>>> = {
  'delivered.standard': [
    [/signed|signature/i, 'delivered.signed'],
    [/mail ?box|letter ?box|mail slot/i, 'delivered.mailbox'],
    [/neighbou?r/i, 'delivered.neighbour'],
    [/locker|picked up at|collected/i, 'delivered.collected'],
    [/front door|back door|porch|garage|safe place|reception|side door/i, 'delivered.safe_place'],
  ],
  'attempt_failed.other': [
    [/business (?:was )?closed|closed/i, 'attempt_failed.business_closed'],
    [/no access|access to|gate|dog/i, 'attempt_failed.no_access'],
    [
      /not (?:at home|available|home)|no one|nobody|no authorized recipient/i,
      'attempt_failed.recipient_absent',
    ],
  ],
  'exception.other': [
    [/refus/i, 'exception.refused'],
    [/customs|clearance|brokerage/i, 'exception.customs_hold'],
    [/address/i, 'exception.address_issue'],
    [/damage/i, 'exception.damaged'],
    [/weather|storm|flood|snow|hurricane|natural disaster/i, 'exception.weather'],
    [/lost|unable to locate/i, 'exception.lost'],
    [/dut(?:y|ies)|payment|funds|c\.?o\.?d\b/i, 'exception.payment_due'],
  ],
};

export function refineByText(substatus: Substatus, ...texts: readonly (string | undefined)[]): Substatus {
  const rules = RULES[substatus];
  if (!rules) return substatus;
  for (const text of texts) {
    if (!text) continue;
    for (const [pattern, refined] of rules) if (pattern.test(text)) return refined;
  }
  return substatus;
}
