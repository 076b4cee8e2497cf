import type { PlannedScan } from './itinerary.js';
import type { PlannedJourney } from './journey.js';

interface Entry {
  readonly atMs: number;
  /** Breaks ties between journeys, so equal instants still come out in one fixed order. */
  readonly order: number;
  readonly journey: PlannedJourney;
  readonly index: number;
}

/**
 * The next due scan of every journey still under way, smallest instant first (a binary heap).
 * Holding one entry per journey rather than one per scan keeps a journey's scans in order by
 * construction: its next scan enters the queue only once the previous one has left.
 */
export class ScanQueue {
  readonly #heap: Entry[] = [];
  #nextOrder = 0;

  get journeysUnderWay(): number {
    return this.#heap.length;
  }

  add(journey: PlannedJourney): void {
    this.#enqueue(journey, 0, this.#nextOrder++);
  }

  /** Removes and returns every scan due at or before `untilMs`, in time order. */
  takeDue(untilMs: number): { journey: PlannedJourney; scan: PlannedScan }[] {
    const due: { journey: PlannedJourney; scan: PlannedScan }[] = [];
    for (let top = this.#heap[0]; top !== undefined && top.atMs <= untilMs; top = this.#heap[0]) {
      this.#pop();
      const scan = top.journey.scans[top.index];
      if (scan) due.push({ journey: top.journey, scan });
      this.#enqueue(top.journey, top.index + 1, top.order);
    }
    return due;
  }

  #enqueue(journey: PlannedJourney, index: number, order: number): void {
    const scan = journey.scans[index];
    if (!scan) return;
    this.#heap.push({ atMs: Date.parse(scan.occurredAt), order, journey, index });
    this.#siftUp(this.#heap.length - 1);
  }

  #pop(): void {
    const last = this.#heap.pop();
    if (last === undefined || this.#heap.length === 0) return;
    this.#heap[0] = last;
    this.#siftDown(0);
  }

  #siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#before(index, parent)) return;
      this.#swap(index, parent);
      index = parent;
    }
  }

  #siftDown(start: number): void {
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.#heap.length && this.#before(left, smallest)) smallest = left;
      if (right < this.#heap.length && this.#before(right, smallest)) smallest = right;
      if (smallest === index) return;
      this.#swap(index, smallest);
      index = smallest;
    }
  }

  #before(a: number, b: number): boolean {
    const left = this.#heap[a];
    const right = this.#heap[b];
    if (!left || !right) return false;
    return left.atMs < right.atMs || (left.atMs === right.atMs && left.order < right.order);
  }

  #swap(a: number, b: number): void {
    const left = this.#heap[a];
    const right = this.#heap[b];
    if (!left || !right) return;
    this.#heap[a] = right;
    this.#heap[b] = left;
  }
}
