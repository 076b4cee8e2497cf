import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { candidateView } from '../../http/carrier-choice.js';
import { detect, explainNoMatch } from '../../numbers/index.js';
import { CliError } from '../errors.js';

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description(
      'Recognise the carrier of tracking numbers, offline (reads standard input when none are given)',
    )
    .argument('[numbers...]', 'tracking numbers; spaces, dashes and case do not matter')
    .option('--json', 'one JSON line per input: the input, then the candidates in rank order')
    .action(async (numbers: string[], options: { json?: boolean }) => {
      const inputs = numbers.length > 0 ? numbers : await readLines();
      if (inputs.length === 0) throw new CliError('give tracking numbers as arguments or on standard input');
      let unrecognised = 0;
      for (const input of inputs) {
        const detection = detect(input);
        if (detection.candidates.length === 0) unrecognised += 1;
        if (options.json) {
          console.log(JSON.stringify({ input, candidates: detection.candidates.map(candidateView) }));
        } else {
          console.log(describe(input));
        }
      }
      if (unrecognised > 0) throw new CliError(`${unrecognised} of ${inputs.length} not recognised`, 1);
    });
}

function describe(input: string): string {
  const detection = detect(input);
  if (detection.candidates.length === 0) {
    return `${input}\n  not recognised: ${explainNoMatch(input)?.message ?? 'no format fits'}`;
  }
  const lines = [`${detection.normalized}${detection.ambiguous ? '  (ambiguous: say which carrier)' : ''}`];
  detection.candidates.forEach((candidate, index) => {
    const check = candidate.checkDigit === 'verified' ? 'check digit verified' : 'no check digit';
    const url = candidate.url ? `  ${candidate.url}` : '';
    lines.push(
      `  ${index + 1}. ${candidate.carrierName} (${candidate.carrier}) · ${candidate.service} · ${check} · ` +
        `confidence ${candidate.confidence.toFixed(2)}${url}`,
    );
  });
  return lines.join('\n');
}

async function readLines(): Promise<string[]> {
  if (process.stdin.isTTY) return [];
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim().length > 0) lines.push(line.trim());
  }
  return lines;
}
