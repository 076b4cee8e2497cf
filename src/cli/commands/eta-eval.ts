import { stat } from 'node:fs/promises';
import { CliError } from '../errors.js';
import type { Command } from 'commander';

import { evaluateDeliveryHistory } from '../../eta/eval/evaluate.js';
import { formatEvaluationReport } from '../../eta/eval/report-text.js';

/** `waybill eta-eval <csv>`: replays a delivery history and reports how well Waybill predicts it. */
export function registerEtaEval(program: Command): void {
  program
    .command('eta-eval')
    .description(
      'Replay a delivery history in time order and compare Waybill’s delivery dates with the data’s promise and a lane-median baseline',
    )
    .argument(
      '<csv>',
      'history with id, shipped_at, delivered_at and optionally purchased_at, promised_at, carrier_or_mode, origin_region, destination_region',
    )
    .option(
      '--out <file>',
      'write one row per prediction (id, moment, predicted_date, window_low, window_high, p_by_promise)',
    )
    .option('--json', 'print one JSON object instead of tables')
    .option(
      '--zone <zone>',
      'IANA time zone of timestamps without an offset (default UTC, and the report says so)',
    )
    .option('--country <cc>', 'ISO country code of the deliveries, for public holidays (e.g. BR, IN)')
    .option(
      '--delivery-days <days>',
      'weekdays carriers deliver on: mon-fri, mon-sat, all, or a list',
      'mon-fri',
    )
    .option('--where <column=value>', 'keep only rows where the column has this value, e.g. trip_completed=1')
    .option(
      '--score-from <date>',
      'score only predictions made on or after this date; earlier rows are still learned from',
    )
    .option(
      '--half-life <days>',
      "days after which a delivery weighs half, 'never', or 'learned' (chosen from the history as it is replayed)",
    )
    .option(
      '--cutoff <HH:MM>',
      "carriers' daily cut-off, local time: a hand-over at or after it counts from the next day",
    )
    .action(
      async (
        csv: string,
        options: {
          out?: string;
          json?: boolean;
          zone?: string;
          country?: string;
          deliveryDays?: string;
          where?: string;
          scoreFrom?: string;
          halfLife?: string;
          cutoff?: string;
        },
      ) => {
        // A folder or a missing file would surface as a stream error deep in the CSV reader.
        const stats = await stat(csv).catch(() => undefined);
        if (!stats?.isFile()) throw new CliError(`Cannot read delivery history: no readable file at ${csv}`);
        const report = await evaluateDeliveryHistory(csv, options);
        console.log(options.json ? JSON.stringify(report) : formatEvaluationReport(report));
      },
    );
}
