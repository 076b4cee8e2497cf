import { monotonicFactory } from 'ulid';

// ULIDs: generated in the app on both databases, and they sort by creation time, which
// gives cursors and "newest first" listings for free.
const nextUlid = monotonicFactory();

export function newId(): string {
  return nextUlid();
}
