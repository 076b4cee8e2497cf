import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { SCREENSHOTS, seriousViolations, servedApp, type ServedApp } from '../web/browser-app.js';

// Issue 16: the API reference at /docs is public, renders the served OpenAPI document in a real
// browser with nothing fetched from outside this server (it works offline), and passes axe.

describe('the API reference at /docs', () => {
  let served: ServedApp;
  let browser: OpenBrowser;
  beforeAll(async () => {
    served = await servedApp();
    browser = await openBrowser({ locale: 'en-GB' });
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
    await served.close();
  });

  it('answers HTML without an API key, under its own Content-Security-Policy', async () => {
    const answer = await served.app.inject('/docs');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.body).toContain('<title>Waybill API reference</title>');
    // Its document is the one /openapi.json serves.
    const shown = (await served.app.inject('/docs/json')).json();
    expect(shown).toEqual((await served.app.inject('/openapi.json')).json());
    // The reference is not part of the document it shows.
    expect(Object.keys(shown.paths).filter((path) => path.startsWith('/docs'))).toEqual([]);
  });

  it('renders the API in Chromium with every request to this server, and no serious axe finding', async () => {
    const origin = new URL(served.url).origin;
    const page = await browser.context.newPage();
    const requested: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Nothing may leave the machine, even if a request slipped past the assertion below.
    await page.route('**/*', (route) =>
      isLocal(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient'),
    );

    await page.goto(`${served.url}/docs`);
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: /Waybill API/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    const createShipment = operation(page, 'createShipment');
    await expect.poll(() => createShipment.isVisible()).toBe(true);
    expect(await createShipment.textContent()).toContain('/v1/shipments');
    expect(await createShipment.textContent()).toContain('Register a shipment to track');
    // Grouped by the document's tags, in their declared order (the README's tables follow it too).
    const declared = (await served.app.inject('/openapi.json'))
      .json()
      .tags.map((tag: { name: string }) => tag.name);
    const shown = await page
      .locator('.opblock-tag')
      .evaluateAll((headings) => headings.map((heading) => heading.getAttribute('data-tag')));
    expect(shown).toEqual(declared);
    await page.screenshot({ path: `${SCREENSHOTS}/api-reference-desktop.png` });
    // Opened, an operation shows its parameters, body and answers: axe sees those too.
    await createShipment.locator('.opblock-summary-control').click();
    await expect.poll(() => page.getByText('Request body').first().isVisible()).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    expect(requested).toContain(`${origin}/docs/json`);
    expect(requested).toContain(`${origin}/docs/static/swagger-ui-bundle.js`);
    expect(requested.filter((url) => !isLocal(url, origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    // axe over some forty operations takes a while on a busy two-core machine.
  }, 90_000);
});

/** Swagger UI gives each operation a block with the id `operations-<tag>-<operationId>`. */
function operation(page: Page, operationId: string) {
  return page.locator(`[id^="operations-"][id$="-${operationId}"]`);
}

function isLocal(url: string, origin: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
}
