import { html, type Html } from '../../web/html.js';
import { KINDS, type AttentionKind } from '../queries/attention.js';
import { ACTORS, type Actor } from '../queries/shipment-filter.js';
import type { SystemTroubles } from '../queries/system-troubles.js';
import { troubleCount } from '../queries/system-troubles.js';
import { renderFlash, renderLayout, type Flash } from './layout.js';
import type { ConsoleView } from './view.js';

export interface HomeInput {
  readonly counts: { byKind: Record<AttentionKind, number>; byActor: Record<Actor, number>; total: number };
  readonly mine: number;
  readonly troubles: SystemTroubles;
  readonly shipmentsToday: number;
  readonly flash?: Flash | undefined;
}

/** Where a support agent starts the day: what needs a person, and a search box. */
export function renderHome(view: ConsoleView, input: HomeInput): Html {
  const { t } = view;
  return renderLayout(view, {
    title: t('home.title'),
    section: 'home',
    attentionCount: input.counts.total,
    bodyData: html`data-live="home"`,
    body: html`<h1>${t('home.greeting', { name: view.me?.name ?? '' })}</h1>
      ${renderFlash(input.flash)}
      <form
        class="card"
        method="get"
        action="/app/shipments"
        role="search"
        aria-label="${t('shipments.search')}"
      >
        <label for="home-q">${t('shipments.search')}</label>
        <div class="actions">
          <input id="home-q" name="q" type="search" maxlength="254" aria-describedby="home-q-hint" />
          <button type="submit">${t('search')}</button>
        </div>
        <p class="hint" id="home-q-hint">${t('shipments.searchHint')}</p>
      </form>
      <div id="home-counts">${renderHomeCounts(view, input)}</div>`,
  });
}

export function renderHomeCounts(view: ConsoleView, input: HomeInput): Html {
  const { t } = view;
  return html`<h2>${t('home.needsAttention', { n: input.counts.total })}</h2>
    <div class="grid">
      <a class="card stat" href="/app/attention?assigned=me"
        ><span class="n">${input.mine}</span><span class="l">${t('home.mine')}</span></a
      >
      ${ACTORS.map(
        (actor) =>
          html`<a class="card stat" href="/app/attention?kind=exception#actor-${actor}"
            ><span class="n">${input.counts.byActor[actor]}</span
            ><span class="l">${t(`attention.byActor.${actor}`)}</span></a
          >`,
      )}
      ${KINDS.filter((k) => k !== 'exception').map(
        (kind) =>
          html`<a class="card stat" href="/app/attention?kind=${kind}"
            ><span class="n">${input.counts.byKind[kind]}</span><span class="l">${t(`kind.${kind}`)}</span></a
          >`,
      )}
      <a class="card stat" href="/app/attention#troubles-title"
        ><span class="n">${troubleCount(input.troubles)}</span
        ><span class="l">${t('attention.system')}</span></a
      >
      <a class="card stat" href="/app/shipments"
        ><span class="n">${input.shipmentsToday}</span><span class="l">${t('home.registeredToday')}</span></a
      >
    </div>`;
}
