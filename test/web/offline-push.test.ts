import { createECDH, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vapidPublicKey } from '../../src/notify/push/vapid-keys.js';
import { recipientsFor } from '../../src/notify/recipients.js';
import { openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { waitFor } from '../helpers/wait.js';
import { servedApp } from './browser-app.js';
import { scenario, seed } from './scenarios.js';

async function pageIsKept(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(`(async () => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match(location.pathname)) return true;
    return false;
  })()`);
}

describe('installable app in chromium', () => {
  let browser: OpenBrowser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'en-GB' });
  });
  afterAll(async () => browser.close());

  it('shows the last known status offline, from the service worker', async () => {
    const served = await servedApp();
    let closed = false;
    try {
      const s = await seed(served, scenario('out_for_delivery'));
      const page = await browser.context.newPage();
      await page.goto(`${served.url}/t/${s.token}`);
      await waitFor(() => pageIsKept(page), 'the service worker to keep the page');
      // Really offline: the server is gone and the browser has no network.
      await served.close();
      closed = true;
      await browser.context.setOffline(true);
      await page.reload();
      expect(await page.locator('h1').textContent()).toBe('Out for delivery');
      await expect.poll(() => page.locator('#offline').isVisible()).toBe(true);
      expect(await page.locator('#offline').textContent()).toContain('You are offline');
      await browser.context.setOffline(false);
      await page.close();
    } finally {
      await browser.context.setOffline(false);
      if (!closed) await served.close();
    }
  });

  it('"Notify me" by push registers the service worker and stores a subscription', async () => {
    const served = await servedApp();
    try {
      const s = await seed(served, scenario('in_transit'));
      const vapid = await vapidPublicKey(served.store);
      // A real browser key pair for the subscription; the push service itself is stubbed, because
      // chromium would have to reach Google's push servers to mint an endpoint.
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const keys = {
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      };
      const page = await browser.context.newPage();
      await browser.context.grantPermissions(['notifications'], { origin: served.url });
      await page.addInitScript(pushStub(keys));
      await page.goto(`${served.url}/t/${s.token}`);
      const button = page.getByRole('button', { name: 'Turn on browser notifications' });
      await expect.poll(() => button.isVisible()).toBe(true);
      expect(await page.locator('#push-consent').textContent()).toContain('Test shop sends notifications');
      await button.click();
      await expect
        .poll(() => page.locator('[data-push-status]').textContent())
        .toBe('Browser notifications are on.');
      const registration = await page.evaluate<string | null>(
        "navigator.serviceWorker.getRegistration('/').then((r) => r?.active?.scriptURL ?? null)",
      );
      expect(registration).toBe(`${served.url}/sw.js`);
      expect(await page.evaluate('window.__subscribeCalls')).toEqual([{ key: vapid, userVisibleOnly: true }]);
      const recipients = await recipientsFor(served.store.db, s.shipmentId);
      expect(recipients).toHaveLength(1);
      expect(recipients[0]).toMatchObject({
        channel: 'push',
        address: 'https://push.example.test/send/abc123',
        details: { keys },
        locale: 'en',
      });
      await page.close();
    } finally {
      await served.close();
    }
  });
});

/**
 * Replaces PushManager.subscribe in the page: it records the key and options it was given and
 * answers with a subscription carrying these keys, as a push service would.
 */
function pushStub(keys: { p256dh: string; auth: string }): string {
  return `(() => {
    const seen = [];
    window.__subscribeCalls = seen;
    PushManager.prototype.subscribe = async function (options) {
      const key = new Uint8Array(options && options.applicationServerKey);
      let binary = '';
      for (const byte of key) binary += String.fromCharCode(byte);
      seen.push({
        key: btoa(binary).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, ''),
        userVisibleOnly: options && options.userVisibleOnly === true,
      });
      const json = { endpoint: 'https://push.example.test/send/abc123', expirationTime: null, keys: ${JSON.stringify(keys)} };
      return Object.assign({}, json, { toJSON: () => json });
    };
  })();`;
}
