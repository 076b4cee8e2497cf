import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync } from 'fastify';
import { DEFAULT_RULES, dailyCapIn, rulesFor } from '../../../../notify/rules.js';
import { saveBranding, saveNotificationRules } from '../../../../notify/tenant-settings.js';
import { TOPICS } from '../../../../notify/topics.js';
import { tenantBranding, tenantSettings } from '../../../../store/repositories/tenants.js';
import type { AppDeps } from '../../../deps.js';
import {
  brandingExample,
  defaultRulesExample,
  updateBrandingExample,
  updatedRulesExample,
  updateRulesExample,
} from '../../../examples/notifications.js';
import { invalid, unauthorized } from '../../../examples/problems.js';
import { withExamples } from '../../../examples/with-examples.js';
import { RulesBody, RulesView, BrandingBody, BrandingView } from './schemas.js';

/** The tenant's notification rules (topics → channels, daily cap) and branding. */
export const notificationSettingsRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const db = deps.store.db;

    const rulesView = async (tenantId: string) => {
      const settings = await tenantSettings(db, tenantId);
      const rules = rulesFor(settings);
      return {
        rules: TOPICS.map((topic) => ({
          topic,
          description: rules[topic].description,
          channels: [...rules[topic].channels],
          defaultChannels: [...DEFAULT_RULES[topic].channels],
          sampleEvent: rules[topic].sample.type,
        })),
        dailyCap: dailyCapIn(settings, deps.config.notify.dailyCap),
      };
    };

    api.get(
      '/v1/notification-rules',
      {
        schema: {
          operationId: 'getNotificationRules',
          summary: 'Which topics notify customers on which channels',
          tags: ['notifications'],
          response: {
            200: withExamples(RulesView, defaultRulesExample),
            '4xx': unauthorized('/v1/notification-rules'),
          },
        },
      },
      async (request) => rulesView(request.tenantId),
    );

    api.put(
      '/v1/notification-rules',
      {
        schema: {
          operationId: 'updateNotificationRules',
          summary: 'Override the channels of some topics, and the daily cap',
          description: 'Topics left out keep their current setting. `channels: []` turns a topic off.',
          tags: ['notifications'],
          body: withExamples(RulesBody, updateRulesExample),
          response: {
            200: withExamples(RulesView, updatedRulesExample),
            '4xx': invalid('body.dailyCap', 'must be <= 50', '/v1/notification-rules'),
          },
        },
      },
      async (request) => {
        await saveNotificationRules(db, request.tenantId, request.body, deps.config.notify.dailyCap);
        return rulesView(request.tenantId);
      },
    );

    api.get(
      '/v1/branding',
      {
        schema: {
          operationId: 'getBranding',
          summary: 'How emails, texts and the tracking page present the shop',
          tags: ['notifications'],
          response: { 200: withExamples(BrandingView, brandingExample), '4xx': unauthorized('/v1/branding') },
        },
      },
      async (request) => tenantBranding(db, request.tenantId),
    );

    api.put(
      '/v1/branding',
      {
        schema: {
          operationId: 'updateBranding',
          summary: 'Set the shop’s name, logo, colours and support contact',
          description: 'Fields left out keep their value; null clears one.',
          tags: ['notifications'],
          body: withExamples(BrandingBody, updateBrandingExample),
          response: {
            200: withExamples(BrandingView, brandingExample),
            '4xx': invalid('body.primaryColor', 'must match pattern "^#[0-9a-fA-F]{6}$"', '/v1/branding'),
          },
        },
      },
      async (request) => saveBranding(db, request.tenantId, request.body),
    );
  };
