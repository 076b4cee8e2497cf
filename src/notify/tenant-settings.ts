import type { Branding } from '../domain/branding.js';
import type { Executor } from '../store/executor.js';
import { saveTenantSetting, tenantBranding, tenantSettings } from '../store/repositories/tenants.js';
import type { ChannelId } from './channel.js';
import { dailyCapIn, overridesIn } from './rules.js';
import type { Topic } from './topics.js';

// Writing a tenant's notification settings, shared by the API (PUT /v1/notification-rules,
// PUT /v1/branding) and the console's settings pages, so both change the same thing the same way.

export type RulesPatch = Partial<Record<Topic, { readonly channels: readonly ChannelId[] }>>;

/** Topics left out keep their setting; `channels: []` turns one off. */
export async function saveNotificationRules(
  db: Executor,
  tenantId: string,
  patch: { rules?: RulesPatch | undefined; dailyCap?: number | undefined },
  defaultCap: number,
): Promise<void> {
  const settings = await tenantSettings(db, tenantId);
  const current = settings['notifications'];
  await saveTenantSetting(db, tenantId, 'notifications', {
    ...(current !== null && typeof current === 'object' ? current : {}),
    rules: { ...overridesIn(settings), ...(patch.rules ?? {}) },
    dailyCap: patch.dailyCap ?? dailyCapIn(settings, defaultCap),
  });
}

export type BrandingPatch = Partial<{ -readonly [K in keyof Branding]: Branding[K] }>;

/** Fields left out keep their value; null clears one. Returns the branding as now stored. */
export async function saveBranding(db: Executor, tenantId: string, patch: BrandingPatch): Promise<Branding> {
  const settings = await tenantSettings(db, tenantId);
  const current = settings['branding'];
  await saveTenantSetting(db, tenantId, 'branding', {
    ...(current !== null && typeof current === 'object' ? current : {}),
    ...patch,
  });
  return tenantBranding(db, tenantId);
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The same rules the API's schema enforces, for form input: field → problem. */
export function brandingProblems(patch: BrandingPatch): Record<string, string> {
  const problems: Record<string, string> = {};
  if (patch.name !== undefined && (patch.name.trim().length === 0 || patch.name.length > 100))
    problems['name'] = 'must be 1 to 100 characters';
  if (patch.logoUrl && (!/^https:\/\//.test(patch.logoUrl) || patch.logoUrl.length > 2000))
    problems['logoUrl'] = 'must be an https:// address';
  if (patch.primaryColor !== undefined && !HEX.test(patch.primaryColor))
    problems['primaryColor'] = 'must be #rrggbb';
  if (patch.accentColor !== undefined && !HEX.test(patch.accentColor))
    problems['accentColor'] = 'must be #rrggbb';
  if (patch.supportEmail && (!EMAIL.test(patch.supportEmail) || patch.supportEmail.length > 254))
    problems['supportEmail'] = 'must be an email address';
  if (patch.supportPhone && patch.supportPhone.length > 40)
    problems['supportPhone'] = 'must be at most 40 characters';
  if (patch.supportUrl && (!/^https?:\/\//.test(patch.supportUrl) || patch.supportUrl.length > 2000))
    problems['supportUrl'] = 'must be an http(s):// address';
  return problems;
}
