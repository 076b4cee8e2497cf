import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import { tokenize, type Interchange, type Segment } from './tokenizer.js';
import { parseTransaction } from './transaction.js';

/**
 * Pure: X12 text → scans and problems, never a throw. Each transaction set (ST…SE) stands on
 * its own: a broken one is a problem and the others still parse. Envelope counts and control
 * numbers (SE, GE, IEA) are checked; a mismatch is a problem but loses no scans.
 */
export function parseX12(payload: unknown): ParseResult {
  const text =
    typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
  if (text === undefined) {
    return { scans: [], problems: [{ kind: 'invalid_payload', message: 'an X12 214 file is text' }] };
  }
  const tokens = tokenize(text);
  const scans: CarrierScan[] = [];
  const problems: CarrierProblem[] = [...tokens.problems];
  for (const interchange of tokens.interchanges) {
    const result = parseInterchange(interchange);
    scans.push(...result.scans);
    problems.push(...result.problems);
  }
  // Envelope problems come in file order with the transactions' own.
  problems.sort((a, b) => positionOf(a) - positionOf(b));
  return { scans, problems };
}

function parseInterchange(interchange: Interchange): ParseResult {
  const scans: CarrierScan[] = [];
  const problems: CarrierProblem[] = [];
  const envelope = (message: string, segment: Segment) =>
    problems.push({ kind: 'invalid_payload', message, at: `segment ${segment.position}` });
  const isa = interchange.segments[0] as Segment;
  const isaControl = (isa.elements[13] ?? '').trim();

  let groups = 0;
  let group: { gs: Segment; transactions: number } | undefined;
  let open: Segment[] | undefined;
  const closeOpen = (why: string, at: Segment) => {
    if (!open) return;
    const st = open[0] as Segment;
    problems.push({
      kind: 'invalid_payload',
      message: `transaction ${st.elements[2] ?? ''}: ${why} before its SE; skipped (truncated?)`,
      at: `segment ${at.position}`,
    });
    open = undefined;
  };

  for (const segment of interchange.segments.slice(1)) {
    const e = segment.elements;
    if (open && segment.id !== 'SE' && segment.id !== 'ST' && segment.id !== 'GE' && segment.id !== 'IEA') {
      open.push(segment);
      continue;
    }
    switch (segment.id) {
      case 'GS':
        if (group) envelope(`group ${group.gs.elements[6] ?? ''} has no GE before the next GS`, segment);
        groups += 1;
        group = { gs: segment, transactions: 0 };
        break;
      case 'ST':
        closeOpen('another ST starts', segment);
        if (!group) envelope('ST outside a functional group (no GS before it)', segment);
        if (group) group.transactions += 1;
        open = [segment];
        break;
      case 'SE': {
        if (!open) {
          envelope('SE without an ST', segment);
          break;
        }
        open.push(segment);
        const st = open[0] as Segment;
        const control = st.elements[2] ?? '';
        if ((e[2] ?? '') !== control)
          envelope(`transaction ${control}: SE02 "${e[2] ?? ''}" does not match ST02 "${control}"`, segment);
        if (Number(e[1]) !== open.length)
          envelope(
            `transaction ${control}: SE01 says ${e[1] ?? '(nothing)'} segments, the transaction has ${open.length}`,
            segment,
          );
        const result = parseTransaction(open);
        scans.push(...result.scans);
        problems.push(...result.problems);
        open = undefined;
        break;
      }
      case 'GE':
        closeOpen('GE arrives', segment);
        if (!group) {
          envelope('GE without a GS', segment);
          break;
        }
        if ((e[2] ?? '') !== (group.gs.elements[6] ?? ''))
          envelope(`GE02 "${e[2] ?? ''}" does not match GS06 "${group.gs.elements[6] ?? ''}"`, segment);
        if (Number(e[1]) !== group.transactions)
          envelope(
            `GE01 says ${e[1] ?? '(nothing)'} transactions, the group has ${group.transactions}`,
            segment,
          );
        group = undefined;
        break;
      case 'IEA':
        closeOpen('IEA arrives', segment);
        if (group) envelope(`group ${group.gs.elements[6] ?? ''} has no GE`, segment);
        group = undefined;
        if ((e[2] ?? '').trim() !== isaControl)
          envelope(`IEA02 "${e[2] ?? ''}" does not match ISA13 "${isaControl}"`, segment);
        if (Number(e[1]) !== groups)
          envelope(`IEA01 says ${e[1] ?? '(nothing)'} groups, the interchange has ${groups}`, segment);
        break;
      default:
        envelope(`"${segment.id.slice(0, 20)}" outside a transaction set; ignored`, segment);
    }
  }
  const last = interchange.segments.at(-1) as Segment;
  closeOpen('the file ends', last);
  return { scans, problems };
}

function positionOf(problem: CarrierProblem): number {
  const match = /^segment (\d+)/.exec(problem.at ?? '');
  return match ? Number(match[1]) : 0;
}
