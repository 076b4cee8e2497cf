import type { EpochDay } from './calendar/civil-day.js';

// Slowdowns seen before parcels arrive. A lane's history is made of delivered parcels, so a
// strike or a peak shows in it only once the slow parcels have arrived, weeks late. The parcels
// still under way say it sooner: if many handed over a week ago have not arrived when the lane
// usually takes three days, the lane has slowed down.
//
// Each lane keeps cohorts: how many parcels were handed over on a day, and how many of them are
// still open. Every cohort is current-status data (right-censored at its elapsed time), so the
// likelihood of a delay δ in business days is binomial per cohort:
//   ℓ(δ) = Σ open · log S(e − δ) + delivered · log(1 − S(e − δ))
// where S is the lane's learned survival from hand-over and e the cohort's elapsed business days.
// The δ that maximises it is applied only when it beats δ = 0 by a likelihood-ratio test, so a
// lane behaving as it always has is left alone.

interface Cohort {
  started: number;
  open: number;
}

export interface SlowdownOptions {
  /** Cohorts older than this many calendar days are forgotten (lost parcels must not weigh forever). */
  readonly horizonDays: number;
  /** Largest delay looked for, in business days. */
  readonly maxShiftDays: number;
  /** Smallest delay acted on, in business days: a day either way is the calibration loop's job. */
  readonly minShiftDays: number;
  /**
   * Likelihood-ratio statistic a delay must reach. The test runs for every lane every day, so it
   * is strict: 20 is p ≈ 1e-5 for one parameter, where a single test would take 6.63 (p < 0.01).
   */
  readonly threshold: number;
  /** Lanes tracked at most, which bounds memory. */
  readonly maxLanes: number;
}

export const DEFAULT_SLOWDOWN_OPTIONS: SlowdownOptions = {
  horizonDays: 45,
  maxShiftDays: 20,
  minShiftDays: 2,
  threshold: 20,
  maxLanes: 50_000,
};

/** Survival from hand-over: P(transit > e business days); 1 for e < 0. */
export type Survival = (elapsed: number) => number;

const FLOOR = 1e-6;

export class OpenParcels {
  private readonly lanes = new Map<string, Map<EpochDay, Cohort>>();
  /** The delay found for a lane, valid while its cohorts and the day stay the same. */
  private readonly found = new Map<
    string,
    { today: EpochDay; version: number; shift: number; parcels: number }
  >();
  private readonly versions = new Map<string, number>();
  /** Business days from each hand-over day to today, per lane: asked of the calendar once a day. */
  private readonly elapsedOf = new Map<string, { today: EpochDay; byDay: Map<EpochDay, number> }>();
  /** Lanes not tracked because the cap was reached. */
  droppedLanes = 0;

  constructor(readonly options: SlowdownOptions = DEFAULT_SLOWDOWN_OPTIONS) {}

  private touch(lane: string): void {
    this.versions.set(lane, (this.versions.get(lane) ?? 0) + 1);
  }

  /** A parcel on this lane was handed over on `day`. */
  handedOver(lane: string, day: EpochDay): void {
    let cohorts = this.lanes.get(lane);
    if (!cohorts) {
      if (this.lanes.size >= this.options.maxLanes) {
        this.droppedLanes++;
        return;
      }
      cohorts = new Map();
      this.lanes.set(lane, cohorts);
    }
    const cohort = cohorts.get(day);
    if (cohort) {
      cohort.started++;
      cohort.open++;
    } else cohorts.set(day, { started: 1, open: 1 });
    this.touch(lane);
  }

  /** A parcel handed over on `day` arrived (a no-op for a cohort never seen or already forgotten). */
  delivered(lane: string, day: EpochDay): void {
    const cohort = this.lanes.get(lane)?.get(day);
    if (!cohort || cohort.open === 0) return;
    cohort.open--;
    this.touch(lane);
  }

  /** Whether anything is known of this lane's parcels under way (a cheap test before `shiftOf`). */
  tracks(lane: string): boolean {
    return this.lanes.has(lane);
  }

  /**
   * The delay, in business days, that the lane's open parcels show against the survival
   * `survivalOf()` gives (0 when they show none). `elapsed(day)` counts business days from a
   * hand-over day to today. Kept per lane until a parcel of it moves or the day changes; the
   * survival is only asked for then.
   */
  shiftOf(
    lane: string,
    today: EpochDay,
    survivalOf: () => Survival,
    elapsed: (day: EpochDay) => number,
  ): number {
    const cohorts = this.lanes.get(lane);
    if (!cohorts) return 0;
    const version = this.versions.get(lane) ?? 0;
    const known = this.found.get(lane);
    // One parcel more or less among a busy lane's hundreds cannot change the verdict: the reading
    // is kept until a hundredth of the lane's parcels have moved, or the day changes.
    if (known && known.today === today && version - known.version < Math.max(1, known.parcels / 100))
      return known.shift;

    let memo = this.elapsedOf.get(lane);
    if (!memo || memo.today !== today) {
      memo = { today, byDay: new Map() };
      this.elapsedOf.set(lane, memo);
    }
    let parcels = 0;
    const usable: { elapsed: number; open: number; delivered: number }[] = [];
    for (const [day, cohort] of cohorts) {
      if (day < today - this.options.horizonDays) {
        cohorts.delete(day);
        continue;
      }
      let e = memo.byDay.get(day);
      if (e === undefined) {
        e = elapsed(day);
        memo.byDay.set(day, e);
      }
      // A cohort handed over today says nothing yet.
      parcels += cohort.started;
      if (e >= 1) usable.push({ elapsed: e, open: cohort.open, delivered: cohort.started - cohort.open });
    }
    if (cohorts.size === 0) {
      this.lanes.delete(lane);
      this.elapsedOf.delete(lane);
      this.versions.delete(lane);
      this.found.delete(lane);
      return 0;
    }
    const survival = survivalOf();
    const logLikelihood = (shift: number): number => {
      let sum = 0;
      for (const c of usable) {
        const s = Math.min(1 - FLOOR, Math.max(FLOOR, survival(c.elapsed - shift)));
        sum += c.open * Math.log(s) + c.delivered * Math.log(1 - s);
      }
      return sum;
    };
    let best = 0;
    let bestLl = logLikelihood(0);
    const base = bestLl;
    // The likelihood rises to its peak and falls away; three steps past the best end the search,
    // which on a lane keeping its pace is after δ = 3 rather than 20.
    for (let shift = 1; shift <= this.options.maxShiftDays && shift - best <= 3; shift++) {
      const ll = logLikelihood(shift);
      if (ll > bestLl) {
        best = shift;
        bestLl = ll;
      }
    }
    const shift =
      best >= this.options.minShiftDays && 2 * (bestLl - base) >= this.options.threshold ? best : 0;
    this.found.set(lane, { today, version, shift, parcels });
    return shift;
  }

  get laneCount(): number {
    return this.lanes.size;
  }
}
