import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { shopOfOrder, shopifyShops } from './shops.js';

const shop = (overrides: Record<string, unknown> = {}) => ({
  tenantId: 't1',
  shopDomain: 'example.myshopify.com',
  accessToken: 'shpat_x',
  clientSecret: 'secret',
  ...overrides,
});
const configWith = (...shops: Record<string, unknown>[]) => loadConfig({}, { 'shops.shopify': shops });

describe('shopifyShops', () => {
  it('finds each shop by its domain, with the defaults filled in', () => {
    const shops = shopifyShops(configWith(shop()));
    expect(shops.get('example.myshopify.com')).toMatchObject({ apiVersion: '2026-01', postEvents: true });
  });

  it.each([
    [[shop(), shop({ tenantId: 't2' })], 'shops.shopify.1.shopDomain'],
    [[shop({ baseUrl: 'ftp://example' })], 'shops.shopify.0.baseUrl'],
    [[shop({ apiVersion: '2022-10' })], 'shops.shopify.0.apiVersion'],
  ])('refuses a bad shop, naming its key', (shops, key) => {
    expect(() => shopifyShops(configWith(...shops))).toThrow(`invalid configuration at "${key}"`);
  });

  it('refuses a domain that is not a myshopify.com one at load', () => {
    expect(() => configWith(shop({ shopDomain: 'shop.example.com' }))).toThrow(
      /shops\.shopify\.0\.shopDomain/,
    );
  });

  it('finds the shop of an order only among its tenant’s shops', () => {
    const shops = shopifyShops(configWith(shop()));
    expect(shopOfOrder(shops, 't1', { 'shopify.shop': 'example.myshopify.com' })).toBeDefined();
    expect(shopOfOrder(shops, 't2', { 'shopify.shop': 'example.myshopify.com' })).toBeUndefined();
    expect(shopOfOrder(shops, 't1', {})).toBeUndefined();
  });
});
