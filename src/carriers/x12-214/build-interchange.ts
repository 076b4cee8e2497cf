/**
 * Writes an X12 214 interchange from transactions given as element arrays, with any separators:
 * for tests, property tests and the benchmark (never for production output).
 */
export interface BuildOptions {
  readonly element?: string;
  readonly component?: string;
  readonly segment?: string;
  /** Written after every terminator, as many senders do. */
  readonly lineBreak?: string;
  readonly control?: number;
}

export type SegmentElements = readonly string[];

export function buildInterchange(
  transactions: readonly (readonly SegmentElements[])[],
  options: BuildOptions = {},
): string {
  const el = options.element ?? '*';
  const seg = options.segment ?? '~';
  const nl = options.lineBreak ?? '\n';
  const control = String(options.control ?? 417).padStart(9, '0');
  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    '02',
    'ABCD'.padEnd(15),
    'ZZ',
    'WAYBILL'.padEnd(15),
    '261120',
    '1435',
    'U',
    '00401',
    control,
    '0',
    'P',
    options.component ?? '>',
  ].join(el);
  const lines = [isa, ['GS', 'QM', 'ABCD', 'WAYBILL', '20261120', '1435', '417', 'X', '004010'].join(el)];
  transactions.forEach((segments, index) => {
    const st = String(index + 1).padStart(4, '0');
    lines.push(['ST', '214', st].join(el));
    for (const segment of segments) lines.push(segment.join(el));
    lines.push(['SE', String(segments.length + 2), st].join(el));
  });
  lines.push(['GE', String(transactions.length), '417'].join(el), ['IEA', '1', control].join(el));
  return lines.map((line) => `${line}${seg}${nl}`).join('');
}

/** A typical transaction: one shipment delivered after three scans. */
export function sampleTransaction(trackingNumber: string, day = '20261120'): SegmentElements[] {
  return [
    ['B10', trackingNumber, 'BOL1', 'ABCD'],
    ['N1', 'CN', 'NORTHSIDE HARDWARE'],
    ['N4', 'AUSTIN', 'TX', '78701', 'US'],
    ['LX', '1'],
    ['AT7', 'AF', 'NS', '', '', day, '0705', 'ET'],
    ['MS1', 'MEMPHIS', 'TN', 'US'],
    ['LX', '2'],
    ['AT7', 'X6', 'NS', '', '', day, '1015', 'LT'],
    ['MS1', 'AUSTIN', 'TX', 'US'],
    ['LX', '3'],
    ['AT7', 'D1', 'NS', '', '', day, '1422', 'CT'],
  ];
}
