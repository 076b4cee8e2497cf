import type { Preview } from '../../../notify/preview.js';
import type { Rule } from '../../../notify/rules.js';
import { SUPPORTED_LOCALES } from '../../../notify/templates/locales.js';
import { TOPICS, type Topic } from '../../../notify/topics.js';
import { html, type Html } from '../../../web/html.js';
import { csrfField } from '../layout.js';
import type { ConsoleView } from '../view.js';

const CHANNELS = ['email', 'sms', 'push'] as const;

export interface PreviewChoice {
  readonly topic: Topic;
  readonly channel: (typeof CHANNELS)[number];
  readonly locale: string;
}

export function renderNotificationSettings(
  view: ConsoleView,
  input: {
    rules: Record<Topic, Rule>;
    dailyCap: number;
    choice: PreviewChoice;
    preview: Preview;
    htmlUrl: string | null;
  },
): Html {
  const { t } = view;
  const selected = (on: boolean) => (on ? html`selected` : '');
  return html`<form class="card" method="post" action="/app/settings/notifications">
      ${csrfField(view)}
      <div class="table-wrap" tabindex="0">
        <table>
          <caption>
            ${t('rules.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('rules.topic')}</th>
              ${CHANNELS.map((c) => html`<th scope="col">${t(`channel.${c}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${TOPICS.map(
              (topic) =>
                html`<tr>
                  <th scope="row">
                    ${t(`topic.${topic}`)}<br /><span class="small muted"
                      >${input.rules[topic].description}</span
                    >
                  </th>
                  ${CHANNELS.map(
                    (channel) =>
                      html`<td>
                        <label class="check"
                          ><input
                            type="checkbox"
                            name="rule.${topic}"
                            value="${channel}"
                            ${input.rules[topic].channels.includes(channel) ? html`checked` : ''}
                          />
                          <span class="vh">${t(`topic.${topic}`)}: </span>${t(`channel.${channel}`)}</label
                        >
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="field">
        <label for="daily-cap">${t('rules.dailyCap')}</label>
        <input
          id="daily-cap"
          name="dailyCap"
          type="number"
          min="1"
          max="50"
          value="${input.dailyCap}"
          required
          aria-describedby="daily-cap-hint"
        />
        <p class="hint" id="daily-cap-hint">${t('rules.dailyCapHint')}</p>
      </div>
      <button type="submit">${t('save')}</button>
    </form>
    <section class="card" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${t('rules.preview')}</h3>
      <form method="get" action="/app/settings/notifications" class="actions">
        <div>
          <label for="preview-topic">${t('rules.topic')}</label>
          <select id="preview-topic" name="topic">
            ${TOPICS.map((topic) => html`<option value="${topic}" ${selected(topic === input.choice.topic)}>${t(`topic.${topic}`)}</option>`)}
          </select>
        </div>
        <div>
          <label for="preview-channel">${t('field.channel')}</label>
          <select id="preview-channel" name="channel">
            ${CHANNELS.map((c) => html`<option value="${c}" ${selected(c === input.choice.channel)}>${t(`channel.${c}`)}</option>`)}
          </select>
        </div>
        <div>
          <label for="preview-locale">${t('language')}</label>
          <select id="preview-locale" name="locale">
            ${SUPPORTED_LOCALES.map((l) => html`<option value="${l}" ${selected(l === input.choice.locale)}>${l}</option>`)}
          </select>
        </div>
        <button type="submit" class="secondary">${t('rules.showPreview')}</button>
      </form>
      <dl class="facts">
        ${
          input.preview.message.subject
            ? html`<dt>${t('rules.subject')}</dt>
                <dd data-preview-subject>${input.preview.message.subject}</dd>`
            : ''
        }
        ${
          input.preview.segments
            ? html`<dt>${t('rules.segments')}</dt>
                <dd>${input.preview.segments.segments} (${input.preview.segments.encoding})</dd>`
            : ''
        }
      </dl>
      <h4>${t('rules.text')}</h4>
      <pre data-preview-text>${input.preview.message.text}</pre>
      ${
        input.htmlUrl
          ? html`<h4>${t('rules.html')}</h4>
              <iframe
                class="preview-frame"
                title="${t('rules.html')}"
                src="${input.htmlUrl}"
                sandbox
              ></iframe>`
          : ''
      }
    </section>`;
}
