import type { EstimateBasisFacts } from '../domain/shipment.js';
import type { LevelSupport } from './hierarchy.js';
import { LEVELS, type Lane } from './lane.js';
import type { Milestone } from './milestone.js';
import type { EstimateSource } from './prediction.js';
import { GENERIC_SERVICE_LEVEL, type ServiceLevel } from './service-levels.js';

// The plain-words basis shown beside an estimate: what it rests on, in words a customer reads,
// such as "based on 1,240 similar UPS Ground shipments to this area".

const SINCE: Partial<Record<Milestone, string>> = {
  in_transit: 'timed from its first scan in transit',
  destination_facility: 'timed from arrival at the destination facility',
  out_for_delivery: 'timed from going out for delivery',
};

const SOURCE_WORDS: Record<EstimateSource, string> = {
  carrier: "the carrier's own estimate",
  promise: 'the promised date',
};

/** 1240 → "1,240" without Intl, which is slow to call on every prediction. */
export function withThousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const countryNames = new Map<string, string>();

/** "IN" → "India"; looked up once per country, as Intl is slow to ask on every prediction. */
function countryName(code: string | undefined): string {
  if (!code) return 'this country';
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(code, name);
  }
  return name;
}

function plural(n: number, word: string): string {
  return `${withThousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

function named(level: ServiceLevel, lane: Lane): string {
  if (level.name) return `${level.name} `;
  const own = [lane.carrier, lane.service]
    .filter((part) => part && part.toLowerCase() !== 'unknown')
    .join(' ');
  return own ? `${own} ` : '';
}

export interface BasisInput {
  readonly lane: Lane;
  readonly serviceLevel: ServiceLevel;
  readonly milestone: Milestone;
  readonly support: readonly LevelSupport[];
  readonly priorShare: number;
  readonly blended: readonly { readonly source: EstimateSource; readonly weight: number }[];
}

/** The level carrying the most weight, or undefined when the published default does. */
export function dominantLevel(input: Pick<BasisInput, 'support' | 'priorShare'>): number | undefined {
  let best: number | undefined;
  let bestShare = input.priorShare;
  input.support.forEach((entry, level) => {
    if (entry.share > bestShare) {
      best = level;
      bestShare = entry.share;
    }
  });
  return best;
}

const SCOPE_OF: Record<(typeof LEVELS)[number], (EstimateBasisFacts & { kind: 'history' })['scope']> = {
  route: 'area',
  area: 'area',
  lane: 'region',
  region: 'region',
  country: 'country',
  service: 'carrier',
  carrier: 'carrier',
  all: 'all',
};

/** The basis as facts, for pages that word it in the customer's language. */
export function basisFactsOf(
  input: Pick<BasisInput, 'support' | 'priorShare' | 'serviceLevel'>,
  level = dominantLevel(input),
): EstimateBasisFacts {
  if (level === undefined) {
    const [lowDays, , highDays] = input.serviceLevel.transitDays;
    return input.serviceLevel === GENERIC_SERVICE_LEVEL
      ? { kind: 'published', lowDays, highDays, generic: true }
      : { kind: 'published', lowDays, highDays };
  }
  return { kind: 'history', parcels: input.support[level]!.count, scope: SCOPE_OF[LEVELS[level]!] };
}

export function basisOf(input: BasisInput): string {
  const level = dominantLevel(input);
  const name = named(input.serviceLevel, input.lane);
  let words: string;
  if (level === undefined) {
    const [low, , high] = input.serviceLevel.transitDays;
    const range = low === high ? `${low}` : `${low}–${high}`;
    // A carrier the table does not know has no published level: naming it would make a guess
    // sound like the carrier's own word.
    words =
      input.serviceLevel === GENERIC_SERVICE_LEVEL
        ? `no delivery history yet, and no published service level for this carrier: a typical ${range} business days (a default)`
        : `no delivery history yet: the published ${name}service level of ${range} business days (a default)`;
  } else {
    const count = input.support[level]!.count;
    const destination = input.lane.destination;
    switch (LEVELS[level]) {
      case 'route':
      case 'area':
      case 'lane':
        words = `based on ${plural(count, `similar ${name}shipment`)} on this route`;
        break;
      case 'region':
        words = `based on ${plural(count, `similar ${name}shipment`)} to this area`;
        break;
      case 'country':
        words = `based on ${plural(count, `${name}shipment`)} to ${countryName(destination?.country)}`;
        break;
      case 'service':
      case 'carrier':
        words = `based on ${plural(count, `${name}shipment`)}`;
        break;
      default:
        words = `based on ${plural(count, 'delivered shipment')} of all carriers`;
    }
  }
  const since = SINCE[input.milestone];
  if (since) words += `, ${since}`;
  const sources = input.blended
    .filter((entry) => entry.weight >= 0.05)
    .map((entry) => SOURCE_WORDS[entry.source]);
  if (sources.length > 0) words += `, weighed against ${sources.join(' and ')}`;
  return words;
}
