import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

import type { PredictionRow } from './replay.js';

// `--out`: one line per prediction, written as the replay goes so memory does not grow with it.

const HEADER = 'id,moment,predicted_date,window_low,window_high,p_by_promise\n';

function field(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function predictionLine(row: PredictionRow): string {
  const probability = row.probabilityByPromise === undefined ? '' : row.probabilityByPromise.toFixed(4);
  return `${field(row.id)},${row.moment},${row.predictedDate},${row.windowLow},${row.windowHigh},${probability}\n`;
}

export interface PredictionsWriter {
  write(row: PredictionRow): void;
  close(): Promise<void>;
}

export async function openPredictionsCsv(path: string): Promise<PredictionsWriter> {
  const stream: WriteStream = createWriteStream(path);
  await Promise.race([
    once(stream, 'open'),
    once(stream, 'error').then(([error]) => {
      throw new Error(`Cannot write predictions to ${path}: ${(error as Error).message}`, { cause: error });
    }),
  ]);
  stream.write(HEADER);
  return {
    write: (row) => {
      stream.write(predictionLine(row));
    },
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
