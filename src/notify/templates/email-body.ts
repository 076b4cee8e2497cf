import { html, jsonForScript, type Html } from '../../web/html.js';
import type { Content, ShipmentFacts } from './compose.js';

export interface EmailBody {
  readonly html: string;
  readonly text: string;
}

/**
 * The email as HTML and plain text. Table layout and inline styles, because that is what Outlook
 * and Gmail render alike; one column, 600px at most; the JSON-LD card in the head.
 */
export function emailBody(
  content: Content,
  facts: ShipmentFacts,
  unsubscribeUrl: string,
  jsonLd: unknown,
): EmailBody {
  const { branding } = facts;
  const details: readonly (readonly [string, string])[] = content.details ?? [
    [content.labels.carrier, facts.carrierName],
    [content.labels.number, facts.trackingNumber],
    ...(content.estimate ? [[content.labels.estimate, content.estimate] as const] : []),
  ];
  const header: Html = branding.logoUrl
    ? html`<img
        src="${branding.logoUrl}"
        alt="${branding.name}"
        height="40"
        style="display:block;height:40px;max-width:200px;border:0"
      />`
    : html`<span style="font-size:20px;font-weight:bold;color:#ffffff">${branding.name}</span>`;
  const body = html`<!DOCTYPE html>
    <html lang="${content.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>${content.subject}</title>
        <script type="application/ld+json">
          ${jsonForScript(jsonLd)}
        </script>
      </head>
      <body
        style="margin:0;padding:0;background-color:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1b1f24"
      >
        <div style="display:none;max-height:0;overflow:hidden">${content.paragraphs[0] ?? ''}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f5f7">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="600"
                cellpadding="0"
                cellspacing="0"
                border="0"
                style="max-width:600px;width:100%;background-color:#ffffff;border-radius:6px"
              >
                <tr>
                  <td
                    bgcolor="${branding.primaryColor}"
                    style="padding:20px 24px;background-color:${branding.primaryColor};border-radius:6px 6px 0 0"
                  >
                    ${header}
                  </td>
                </tr>
                <tr>
                  <td style="padding:24px 24px 8px">
                    <h1 style="margin:0 0 12px;font-size:22px;line-height:28px">${content.headline}</h1>
                    ${content.paragraphs.map((p) => html`<p style="margin:0 0 12px;font-size:16px;line-height:24px">${p}</p>`)}
                    ${
                      content.lines.length > 0
                        ? html`<ul style="margin:0 0 12px;padding-left:20px;font-size:15px;line-height:22px">
                            ${content.lines.map((line) => html`<li>${line}</li>`)}
                          </ul>`
                        : ''
                    }
                  </td>
                </tr>
                <tr>
                  <td style="padding:8px 24px 16px">
                    <table role="presentation" cellpadding="0" cellspacing="0" border="0">
                      <tr>
                        <td
                          bgcolor="${branding.accentColor}"
                          style="border-radius:4px;background-color:${branding.accentColor}"
                        >
                          <a
                            href="${facts.trackingUrl}"
                            style="display:inline-block;padding:12px 20px;font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold"
                            >${content.labels.cta}</a
                          >
                        </td>
                      </tr>
                    </table>
                  </td>
                </tr>
                ${
                  details.length > 0
                    ? html`<tr>
                        <td style="padding:0 24px 16px">
                          <table
                            role="presentation"
                            width="100%"
                            cellpadding="0"
                            cellspacing="0"
                            border="0"
                            style="font-size:14px;line-height:20px;border-top:1px solid #e3e6ea"
                          >
                            ${details.map(
                              ([label, value]) =>
                                html`<tr>
                                  <td style="padding:8px 0;color:#5b6570">${label}</td>
                                  <td style="padding:8px 0;text-align:right">${value}</td>
                                </tr>`,
                            )}
                          </table>
                        </td>
                      </tr>`
                    : ''
                }
                ${
                  content.support
                    ? html`<tr>
                        <td style="padding:0 24px 16px;font-size:14px;line-height:20px">
                          ${content.support}
                        </td>
                      </tr>`
                    : ''
                }
                <tr>
                  <td
                    style="padding:16px 24px 24px;font-size:12px;line-height:18px;color:#5b6570;border-top:1px solid #e3e6ea"
                  >
                    ${content.footer}
                    <a href="${unsubscribeUrl}" style="color:#5b6570">${content.unsubscribe}</a>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`;
  const text = [
    content.headline,
    '',
    ...content.paragraphs,
    ...(content.lines.length > 0 ? ['', ...content.lines.map((line) => `- ${line}`)] : []),
    '',
    `${content.labels.cta}: ${facts.trackingUrl}`,
    ...(details.length > 0 ? ['', ...details.map(([label, value]) => `${label}: ${value}`)] : []),
    ...(content.support ? ['', content.support] : []),
    '',
    '--',
    content.footer,
    `${content.unsubscribe}: ${unsubscribeUrl}`,
  ].join('\n');
  return { html: body.value, text };
}
