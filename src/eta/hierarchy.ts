import { DayHistogram } from './histogram.js';
import { LEVELS } from './lane.js';

// Histograms per group at every hierarchy level, for several channels (one per milestone, or one
// per estimate source), and the shrinkage that combines them. Each level's distribution is pulled
// towards its parent's, already-shrunk one, as if the parent contributed `strength` deliveries:
//   p_level = (counts_level + strength · p_parent) / (n_level + strength)
// which is the posterior mean under a Dirichlet prior centred on the parent (empirical Bayes with
// a fixed prior strength). A lane with few deliveries follows its region; one with many, itself.

export interface LevelSupport {
  /** Recency-weighted deliveries at this level (1 = one delivery seen just now). */
  effective: number;
  /** Deliveries seen at this level. */
  count: number;
  /** Share of the final distribution that rests on this level's own deliveries. */
  share: number;
}

export interface Shrinkage {
  /** One entry per level, in LEVELS order. */
  readonly support: LevelSupport[];
  /** Share resting on the prior (the service-level default) alone. */
  readonly priorShare: number;
}

/** The histograms a lane's keys resolve to in one channel, valid while no group is created. */
interface Resolved {
  generation: number;
  readonly histograms: (DayHistogram | undefined)[];
}

export class HierarchicalHistograms {
  /** Channels are numbered by the caller (milestone rank, estimate source index). */
  private readonly channels: (Map<string, DayHistogram> | undefined)[] = [];
  /**
   * Looking up six keys per channel on every prediction was the slowest step, so each lane's keys
   * (interned by laneKeysOf) remember what they resolved to. Creating a group bumps the generation,
   * which makes every remembered resolution stale.
   */
  private readonly resolved = new WeakMap<readonly string[], (Resolved | undefined)[]>();
  private generation = 0;
  private groups = 0;
  /** Groups not tracked because the cap was reached; they fall back to their parents. */
  droppedGroups = 0;

  constructor(
    readonly minValue: number,
    readonly maxValue: number,
    readonly strength: number,
    readonly maxGroups: number,
  ) {}

  get size(): number {
    return this.maxValue - this.minValue + 1;
  }

  private resolve(channel: number, keys: readonly string[]): Resolved {
    let perChannel = this.resolved.get(keys);
    if (!perChannel) {
      perChannel = [];
      this.resolved.set(keys, perChannel);
    }
    let entry = perChannel[channel];
    if (!entry || entry.generation !== this.generation) {
      const groups = this.channels[channel];
      entry = { generation: this.generation, histograms: keys.map((key) => groups?.get(key)) };
      perChannel[channel] = entry;
    }
    return entry;
  }

  observe(channel: number, keys: readonly string[], value: number, weight: number): void {
    const entry = this.resolve(channel, keys);
    for (let level = 0; level < keys.length; level++) {
      let histogram = entry.histograms[level];
      if (!histogram) {
        if (this.groups >= this.maxGroups) {
          this.droppedGroups++;
          continue;
        }
        histogram = new DayHistogram(this.minValue, this.maxValue);
        let groups = this.channels[channel];
        if (!groups) {
          groups = new Map();
          this.channels[channel] = groups;
        }
        groups.set(keys[level]!, histogram);
        entry.histograms[level] = histogram;
        this.groups++;
        // Other lanes' resolutions may now miss this group; this lane's is still complete.
        entry.generation = ++this.generation;
      }
      histogram.add(value, weight);
    }
  }

  /**
   * Shrinks from the prior (a pmf over this range) down the levels named by `keys`, writing the
   * result into `out` (same length as the prior). Each level would scale everything before it by
   * the share it leaves to its parent; we keep that scale as one number and apply it at the end.
   */
  shrink(
    channel: number,
    keys: readonly string[],
    prior: Float64Array,
    scaleNow: number,
    out: Float64Array,
  ): Shrinkage {
    out.set(prior);
    const { histograms } = this.resolve(channel, keys);
    const support: LevelSupport[] = [];
    const keep: number[] = [];
    let scale = 1;
    for (let level = 0; level < LEVELS.length; level++) {
      const histogram = histograms[level];
      const effective = histogram ? histogram.total / scaleNow : 0;
      support.push({ effective, count: histogram?.count ?? 0, share: 0 });
      if (!histogram || effective <= 0) {
        keep.push(1);
        continue;
      }
      const retained = this.strength / (effective + this.strength);
      scale *= retained;
      histogram.addInto(out, this.minValue, 1 / (scaleNow * (effective + this.strength) * scale));
      keep.push(retained);
    }
    if (scale !== 1) for (let i = 0; i < out.length; i++) out[i]! *= scale;
    // What each level contributes is its own weight times what every more specific level kept.
    let carried = 1;
    for (let level = LEVELS.length - 1; level >= 0; level--) {
      const entry = support[level]!;
      const retained = keep[level]!;
      entry.share = carried * (1 - retained);
      carried *= retained;
    }
    return { support, priorShare: carried };
  }

  /** Every histogram, for re-basing weights and for memory reports. */
  *histograms(): Iterable<DayHistogram> {
    for (const groups of this.channels) if (groups) yield* groups.values();
  }

  get groupCount(): number {
    return this.groups;
  }
}
