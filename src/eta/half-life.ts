import { DayHistogram } from './histogram.js';
import { RecencyClock } from './recency.js';

// How fast old deliveries should fade is a property of the data: a lane whose hubs change every
// season wants a short memory, a steady one a long memory (less noise). The learner keeps, for a
// few candidate half-lives, a recency-weighted transit histogram per lane, and scores each
// candidate prequentially: how well did its lane's histogram, as it stood when the parcel was handed
// over, foretell the delivery (the CRPS: the mean error in days of a distribution)? The candidate with the lowest discounted mean score is the half-life the
// data asks for. The model retunes its own clock to it (EtaModel, `halfLifeDays: 'learned'`).
//
// Scoring against the histograms as they are at delivery would let a parcel be predicted from its
// own convoy (trucks of one lane leave and arrive together), which favours the shortest memory;
// so each lane remembers its latest deliveries and takes out those that came after the hand-over.

export const HALF_LIFE_CANDIDATES: readonly number[] = [14, 30, 60, 90, 180, 365, Number.POSITIVE_INFINITY];

/** As the model's default shrinkage strength. */
const SHRINKAGE = 20;
/** Transit days tracked: as in the model, longer ones count on the last day. */
const MAX_DAYS = 127;

export interface HalfLifeLearnerOptions {
  /** Scored deliveries the discounted mean error remembers. */
  readonly memory?: number;
  /** A lane is scored once it had this many deliveries before the hand-over. */
  readonly minLaneDeliveries?: number;
  /** Lanes tracked, which bounds memory; deliveries on lanes beyond it are not scored. */
  readonly maxLanes?: number;
  /** Latest deliveries each lane remembers; a parcel is scored only if they reach back to its hand-over. */
  readonly recentPerLane?: number;
}

export interface HalfLifeScore {
  readonly halfLifeDays: number;
  /** Discounted mean CRPS in days of the lane's distribution under this half-life (lower is better). */
  readonly crpsDays: number;
}

interface LaneState {
  /** One per candidate. */
  readonly histograms: DayHistogram[];
  /** Ring of the latest deliveries: when each was delivered, and its transit days. */
  readonly recentAt: Float64Array;
  readonly recentDays: Int16Array;
  recentCount: number;
  next: number;
}

export class HalfLifeLearner {
  private readonly clocks: RecencyClock[];
  private readonly lanes = new Map<string, LaneState>();
  /** Every lane together, per candidate: thin lanes lean on it as the model's do on their parents. */
  private readonly everywhere: DayHistogram[];
  private readonly errors: number[];
  private readonly memory: number;
  private readonly minLaneDeliveries: number;
  private readonly maxLanes: number;
  private readonly recentPerLane: number;
  private readonly scratch = new Float64Array(MAX_DAYS + 1);
  /** Deliveries scored so far. */
  scored = 0;

  constructor(
    readonly candidates: readonly number[] = HALF_LIFE_CANDIDATES,
    options: HalfLifeLearnerOptions = {},
  ) {
    this.clocks = candidates.map((days) => new RecencyClock(days));
    this.errors = candidates.map(() => 0);
    this.everywhere = candidates.map(() => new DayHistogram(0, MAX_DAYS));
    this.memory = options.memory ?? 2000;
    this.minLaneDeliveries = options.minLaneDeliveries ?? 5;
    this.maxLanes = options.maxLanes ?? 5000;
    this.recentPerLane = options.recentPerLane ?? 64;
  }

  /**
   * Scores every candidate on a parcel handed over on `lane` at `shippedAt` and delivered `days`
   * later at `deliveredAt`, then learns it.
   */
  observe(lane: string, shippedAt: number, deliveredAt: number, days: number): void {
    let state = this.lanes.get(lane);
    if (!state) {
      if (this.lanes.size >= this.maxLanes) return;
      state = {
        histograms: this.candidates.map(() => new DayHistogram(0, MAX_DAYS)),
        recentAt: new Float64Array(this.recentPerLane),
        recentDays: new Int16Array(this.recentPerLane),
        recentCount: 0,
        next: 0,
      };
      this.lanes.set(lane, state);
    }
    this.score(state, shippedAt, days);
    const value = Math.min(MAX_DAYS, Math.max(0, Math.round(days)));
    for (let c = 0; c < this.candidates.length; c++) {
      const weight = this.clocks[c]!.weightOf(deliveredAt, (factor) => {
        for (const other of this.lanes.values()) other.histograms[c]!.scale(factor);
        this.everywhere[c]!.scale(factor);
      });
      state.histograms[c]!.add(value, weight);
      this.everywhere[c]!.add(value, weight);
    }
    state.recentAt[state.next] = deliveredAt;
    state.recentDays[state.next] = value;
    state.next = (state.next + 1) % this.recentPerLane;
    state.recentCount = Math.min(this.recentPerLane, state.recentCount + 1);
  }

  /** Each candidate's lane median as it stood at `shippedAt`, against the `days` it took. */
  private score(state: LaneState, shippedAt: number, days: number): void {
    // Deliveries after the hand-over are in the ring's newest entries; if the ring is full of
    // them, what the lane knew at hand-over cannot be rebuilt, and the parcel is not scored.
    let later = 0;
    while (later < state.recentCount && state.recentAt[this.recentIndex(state, later)]! > shippedAt) later++;
    if (later === this.recentPerLane) return;
    const before = state.histograms[0]!.count - later;
    if (before < this.minLaneDeliveries) return;
    this.scored++;
    const step = 1 / Math.min(this.scored, this.memory);
    const scratch = this.scratch;
    for (let c = 0; c < this.candidates.length; c++) {
      scratch.fill(0);
      const lane = state.histograms[c]!;
      lane.addInto(scratch, 0, 1);
      for (let k = 0; k < later; k++) {
        const index = this.recentIndex(state, k);
        scratch[state.recentDays[index]!]! -= this.clocks[c]!.storedWeightOf(state.recentAt[index]!);
      }
      // Shrunk towards all lanes as the model shrinks a lane towards its parents: the parent
      // counts for SHRINKAGE deliveries (in recency-weighted units of "now").
      const parent = this.everywhere[c]!;
      const scale = this.clocks[c]!.scaleNow;
      if (parent.total > 0) parent.addInto(scratch, 0, (SHRINKAGE * scale) / parent.total);
      const error = crpsOf(scratch, days);
      this.errors[c]! += (error - this.errors[c]!) * step;
    }
  }

  /** Index of the k-th newest delivery in the ring. */
  private recentIndex(state: LaneState, k: number): number {
    return (state.next - 1 - k + 2 * this.recentPerLane) % this.recentPerLane;
  }

  /** Every candidate's discounted mean error, in the order of `candidates`. */
  scores(): HalfLifeScore[] {
    return this.candidates.map((halfLifeDays, c) => ({ halfLifeDays, crpsDays: this.errors[c]! }));
  }

  /**
   * The candidate with the lowest error, or `current` while nothing has been scored or while the
   * best is not better than `current` by `margin` (a share of current's error): switching on noise
   * would only blur the histograms.
   */
  best(current: number, margin = 0.01): number {
    if (this.scored === 0) return current;
    let best = 0;
    for (let c = 1; c < this.candidates.length; c++) if (this.errors[c]! < this.errors[best]!) best = c;
    const at = this.candidates.indexOf(current);
    if (at >= 0 && this.errors[best]! > this.errors[at]! * (1 - margin)) return current;
    return this.candidates[best]!;
  }
}

/**
 * The continuous ranked probability score of a histogram (non-negative weights; rounding leaves
 * tiny negatives, read as zero) for the outcome `days`: the sum over days of the squared gap
 * between its cumulative share and the step at `days`. It is the mean absolute error for a single
 * date, and for a distribution it rewards being both right and sharp, which is what the windows
 * need; the median's error alone barely tells a long memory from a short one on a steady lane.
 */
function crpsOf(weights: Float64Array, days: number): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += Math.max(0, weights[i]!);
  if (total <= 0) return 0;
  let seen = 0;
  let score = 0;
  for (let i = 0; i < weights.length; i++) {
    seen += Math.max(0, weights[i]!);
    const gap = seen / total - (i >= days ? 1 : 0);
    score += gap * gap;
  }
  return score;
}
