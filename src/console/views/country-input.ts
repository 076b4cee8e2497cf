import { html, type Html } from '../../web/html.js';
import type { ConsoleView } from './view.js';

/** A two-letter country code field and its hint; the label stays with the caller. */
export function countryInput(view: ConsoleView, field: { id: string; name: string; value?: string }): Html {
  return html`<input
      id="${field.id}"
      name="${field.name}"
      type="text"
      value="${field.value ?? ''}"
      maxlength="2"
      pattern="[A-Za-z]{2}"
      aria-describedby="${field.id}-hint"
    />
    <p class="hint" id="${field.id}-hint">${view.t('shipment.countryHint')}</p>`;
}
