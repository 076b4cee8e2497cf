import { html, type Html } from '../../web/html.js';
import type { AnalyticsReport, Rate } from '../analytics/report.js';
import { CARRIER_OPTIONS } from './carrier-options.js';
import { Plot, renderChart } from './charts.js';
import { countryInput } from './country-input.js';
import { carrierName, number, percent } from './format.js';
import { renderLayout } from './layout.js';
import type { ConsoleView } from './view.js';

export const FIGURES = [
  'volume',
  'on_time',
  'transit',
  'first_attempt',
  'exceptions',
  'status_time',
  'accuracy',
] as const;
export type Figure = (typeof FIGURES)[number];

/** One figure's table: headers and rows of cells, shared by the page and its CSV. */
export interface FigureTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export function renderAnalytics(view: ConsoleView, report: AnalyticsReport, attentionCount: number): Html {
  const { t } = view;
  return renderLayout(view, {
    title: t('analytics.title'),
    section: 'analytics',
    attentionCount,
    body: html`<h1>${t('analytics.title')}</h1>
      ${renderFilter(view, report)}
      <div class="grid">
        ${headline(view, t('analytics.created'), number(view, report.volume.created, 0))}
        ${headline(view, t('analytics.onTimePromise'), percent(view, report.onTimePromise.rate))}
        ${headline(view, t('analytics.onTimeEstimate'), percent(view, report.onTimeEstimate.rate))}
        ${headline(view, t('analytics.transitP50'), report.transitOverall.p50 === null ? '–' : t('analytics.days', { n: report.transitOverall.p50 }))}
        ${headline(view, t('analytics.firstAttempt'), percent(view, report.firstAttempt.rate))}
        ${headline(view, t('analytics.exceptionRate'), percent(view, report.exceptionRate.rate))}
        ${headline(view, t('analytics.mae'), report.accuracy.mae === null ? '–' : t('analytics.days', { n: number(view, report.accuracy.mae, 2) }))}
      </div>
      ${FIGURES.map((figure) => renderFigure(view, report, figure))}`,
  });
}

function headline(view: ConsoleView, label: string, value: string): Html {
  void view;
  return html`<div class="card stat"><span class="n">${value}</span><span class="l">${label}</span></div>`;
}

function renderFilter(view: ConsoleView, report: AnalyticsReport): Html {
  const { t } = view;
  const f = report.filter;
  return html`<form
    class="card filters"
    method="get"
    action="/app/analytics"
    aria-label="${t('analytics.filter')}"
  >
    <div>
      <label for="from">${t('analytics.from')}</label
      ><input id="from" name="from" type="date" value="${f.from}" required />
    </div>
    <div>
      <label for="to">${t('analytics.to')}</label
      ><input id="to" name="to" type="date" value="${f.to}" required />
    </div>
    <div>
      <label for="carrier">${t('field.carrier')}</label>
      <select id="carrier" name="carrier">
        <option value="">${t('any')}</option>
        ${CARRIER_OPTIONS.map((c) => html`<option value="${c.id}" ${f.carrier === c.id ? html`selected` : ''}>${c.name}</option>`)}
      </select>
    </div>
    <div>
      <label for="service">${t('field.service')}</label
      ><input id="service" name="service" type="text" value="${f.service}" maxlength="60" />
    </div>
    <div>
      <label for="destination">${t('analytics.destination')}</label>
      ${countryInput(view, { id: 'destination', name: 'destination', value: f.destination })}
    </div>
    <div><button type="submit">${t('apply')}</button></div>
  </form>`;
}

function rateCells(view: ConsoleView, rate: Rate): (string | number)[] {
  return [rate.total, rate.hits, percent(view, rate.rate)];
}

/** The table behind each figure; `csv` keeps raw numbers instead of formatted ones. */
export function figureTable(
  view: ConsoleView,
  report: AnalyticsReport,
  figure: Figure,
  csv = false,
): FigureTable {
  const { t } = view;
  const pct = (rate: number | null) =>
    csv ? (rate === null ? null : Number(rate.toFixed(4))) : percent(view, rate);
  const rateOf = (rate: Rate) => (csv ? [rate.total, rate.hits, pct(rate.rate)] : rateCells(view, rate));
  const num = (value: number | null, digits = 2) =>
    csv ? (value === null ? null : Number(value.toFixed(digits))) : number(view, value, digits);
  switch (figure) {
    case 'volume':
      return {
        columns: [t('analytics.day'), t('analytics.created')],
        rows: report.volume.days.map((d) => [d.day, d.created]),
      };
    case 'on_time':
      return {
        columns: [
          t('field.carrier'),
          t('analytics.withPromise'),
          t('analytics.onTime'),
          t('analytics.onTimePromise'),
          t('analytics.withEstimate'),
          t('analytics.onTime'),
          t('analytics.onTimeEstimate'),
        ],
        rows: [
          [t('analytics.all'), ...rateOf(report.onTimePromise), ...rateOf(report.onTimeEstimate)],
          ...report.onTimeByCarrier.map((c) => [
            csv ? c.carrier : carrierName(c.carrier),
            ...rateOf(c.promise),
            ...rateOf(c.estimate),
          ]),
        ],
      };
    case 'transit':
      return {
        columns: [
          t('field.carrier'),
          t('field.service'),
          t('analytics.lane'),
          t('analytics.delivered'),
          'p50',
          'p80',
          'p95',
        ],
        rows: [
          [
            t('analytics.all'),
            '',
            '',
            report.transitOverall.n,
            report.transitOverall.p50,
            report.transitOverall.p80,
            report.transitOverall.p95,
          ],
          ...report.transit.map((r) => [
            csv ? r.carrier : carrierName(r.carrier),
            r.service || '–',
            r.lane,
            r.n,
            r.p50,
            r.p80,
            r.p95,
          ]),
        ],
      };
    case 'first_attempt':
      return {
        columns: [
          t('field.carrier'),
          t('analytics.attempted'),
          t('analytics.firstTime'),
          t('analytics.firstAttempt'),
        ],
        rows: [
          [t('analytics.all'), ...rateOf(report.firstAttempt)],
          ...report.firstAttemptByCarrier.map((c) => [
            csv ? c.carrier : carrierName(c.carrier),
            ...rateOf(c.rate),
          ]),
        ],
      };
    case 'exceptions':
      return {
        columns: [t('analytics.reason'), t('analytics.shipments'), t('analytics.shareOfTracked')],
        rows: [
          [t('analytics.all'), report.exceptionRate.hits, pct(report.exceptionRate.rate)],
          ...report.exceptions.map((e) => [
            csv ? e.substatus : t(`substatus.${e.substatus}` as never),
            e.shipments,
            pct(e.rate),
          ]),
        ],
      };
    case 'status_time':
      return {
        columns: [t('field.status'), t('analytics.shipments'), t('analytics.meanHours')],
        rows: report.statusTime.map((s) => [
          csv ? s.status : t(`status.${s.status}`),
          s.shipments,
          num(s.meanHours, 1),
        ]),
      };
    case 'accuracy':
      return {
        columns: [
          t('field.carrier'),
          t('analytics.delivered'),
          t('analytics.mae'),
          t('analytics.windowHeld'),
          t('analytics.coverage'),
        ],
        rows: [
          [
            t('analytics.all'),
            report.accuracy.n,
            num(report.accuracy.mae),
            report.accuracy.coverage.hits,
            pct(report.accuracy.coverage.rate),
          ],
          ...report.accuracy.byCarrier.map((c) => [
            csv ? c.carrier : carrierName(c.carrier),
            c.n,
            num(c.mae),
            c.coverage.hits,
            pct(c.coverage.rate),
          ]),
        ],
      };
  }
}

function renderFigure(view: ConsoleView, report: AnalyticsReport, figure: Figure): Html {
  const { t } = view;
  const table = figureTable(view, report, figure);
  const params = new URLSearchParams({ figure, from: report.filter.from, to: report.filter.to });
  for (const key of ['carrier', 'service', 'destination'] as const)
    if (report.filter[key]) params.set(key, report.filter[key]);
  const id = `figure-${figure}`;
  return html`<section class="card" aria-labelledby="${id}" data-figure="${figure}">
    <h2 id="${id}">${t(`figure.${figure}`)}</h2>
    <p class="muted small">${t(`figure.${figure}.definition`)}</p>
    <figure>${chartOf(view, report, figure)}</figure>
    ${figure === 'accuracy' ? renderCalibration(view, report) : ''}
    <div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t(`figure.${figure}`)}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((c, i) => html`<th scope="col" class="${i > 0 ? 'num' : ''}">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${
            table.rows.length === 0
              ? html`<tr>
                  <td colspan="${table.columns.length}">${t('analytics.noData')}</td>
                </tr>`
              : table.rows.map(
                  (row) =>
                    html`<tr>
                      ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell ?? '–'}</th>` : html`<td class="num">${cell ?? '–'}</td>`))}
                    </tr>`,
                )
          }
        </tbody>
      </table>
    </div>
    <p><a href="/app/analytics.csv?${params.toString()}" download>${t('exportCsv')}</a></p>
  </section>`;
}

const FIGURE_POINTS: Record<Figure, (report: AnalyticsReport) => number> = {
  volume: (r) => r.volume.days.length,
  on_time: (r) => r.onTimeByCarrier.length,
  transit: (r) => r.transitHistogram.length,
  first_attempt: (r) => r.firstAttemptByCarrier.length,
  exceptions: (r) => r.exceptions.length,
  status_time: (r) => r.statusTime.length,
  accuracy: (r) => r.accuracy.calibration.length,
};

function chartOf(view: ConsoleView, report: AnalyticsReport, figure: Figure): Html {
  const { t } = view;
  const label = t(`figure.${figure}`);
  // An empty chart is only axes: say so instead.
  if (FIGURE_POINTS[figure](report) === 0)
    return html`<p class="muted">
      ${figure === 'accuracy' ? t('analytics.noCalibration') : t('analytics.noData')}
    </p>`;
  switch (figure) {
    case 'volume':
      return renderChart({
        label,
        marks: [
          Plot.rectY(report.volume.days, {
            x: (d: { day: string }) => new Date(`${d.day}T00:00:00Z`),
            y: 'created',
            interval: 'day',
            fill: '#1f3a5f',
          }),
          Plot.ruleY([0]),
        ],
        x: { type: 'utc', label: null },
        y: { label: t('analytics.created'), grid: true },
      });
    case 'transit':
      return renderChart({
        label,
        marks: [
          Plot.barY(report.transitHistogram, { x: 'days', y: 'count', fill: '#1f3a5f' }),
          Plot.ruleY([0]),
        ],
        x: { type: 'band', label: t('analytics.businessDays') },
        y: { label: t('analytics.delivered'), grid: true },
      });
    case 'on_time':
      return barsX(
        label,
        report.onTimeByCarrier.map((c) => ({
          name: carrierName(c.carrier),
          value: (c.promise.rate ?? c.estimate.rate ?? 0) * 100,
        })),
        t('analytics.onTimePercent'),
        [0, 100],
      );
    case 'first_attempt':
      return barsX(
        label,
        report.firstAttemptByCarrier.map((c) => ({
          name: carrierName(c.carrier),
          value: (c.rate.rate ?? 0) * 100,
        })),
        t('analytics.firstAttemptPercent'),
        [0, 100],
      );
    case 'exceptions':
      return barsX(
        label,
        report.exceptions.map((e) => ({ name: t(`substatus.${e.substatus}` as never), value: e.shipments })),
        t('analytics.shipments'),
      );
    case 'status_time':
      return barsX(
        label,
        report.statusTime.map((s) => ({ name: t(`status.${s.status}`), value: s.meanHours })),
        t('analytics.meanHours'),
      );
    case 'accuracy':
      return renderChart({
        label: t('analytics.calibration'),
        description: t('analytics.calibrationHelp'),
        marks: [
          Plot.line(
            [
              { x: 0, y: 0 },
              { x: 100, y: 100 },
            ],
            { x: 'x', y: 'y', stroke: '#9aa5b1', strokeDasharray: '4 3' },
          ),
          Plot.line(report.accuracy.calibration, {
            x: (d: { predicted: number }) => d.predicted * 100,
            y: (d: { observed: number }) => d.observed * 100,
            stroke: '#1f3a5f',
          }),
          Plot.dot(report.accuracy.calibration, {
            x: (d: { predicted: number }) => d.predicted * 100,
            y: (d: { observed: number }) => d.observed * 100,
            r: 4,
            fill: '#1f3a5f',
          }),
        ],
        x: { domain: [0, 100], label: t('analytics.predicted') },
        y: { domain: [0, 100], label: t('analytics.observed'), grid: true },
      });
  }
}

function barsX(
  label: string,
  data: { name: string; value: number }[],
  axis: string,
  domain?: [number, number],
): Html {
  return renderChart({
    label,
    height: Math.max(120, 34 * data.length + 50),
    marginLeft: 200,
    marks: [Plot.barX(data, { x: 'value', y: 'name', fill: '#1f3a5f' }), Plot.ruleX([0])],
    x: { label: axis, grid: true, ...(domain ? { domain } : {}) },
    y: { label: null },
  });
}

function renderCalibration(view: ConsoleView, report: AnalyticsReport): Html {
  const { t } = view;
  const rows = report.accuracy.calibration;
  return html`<div class="table-wrap" tabindex="0">
    <table>
      <caption>
        ${t('analytics.calibration')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('analytics.predicted')}</th>
          <th scope="col" class="num">${t('analytics.shipments')}</th>
          <th scope="col" class="num">${t('analytics.predictedMean')}</th>
          <th scope="col" class="num">${t('analytics.observed')}</th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length === 0
            ? html`<tr>
                <td colspan="4">${t('analytics.noCalibration')}</td>
              </tr>`
            : rows.map(
                (r) =>
                  html`<tr>
                    <th scope="row">${r.decile * 10}–${r.decile * 10 + 10} %</th>
                    <td class="num">${r.n}</td>
                    <td class="num">${percent(view, r.predicted)}</td>
                    <td class="num">${percent(view, r.observed)}</td>
                  </tr>`,
              )
        }
      </tbody>
    </table>
  </div>`;
}
