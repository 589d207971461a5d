import { EventType } from '@symbiose/contracts';

/** The catalogue's events a webhook can subscribe to; the directory consumes each of them. */
export const WEBHOOK_EVENT_TYPES = [
  'organization.registered',
  'organization.updated',
  'organization.archived',
  'declaration.recorded',
  'declaration.updated',
  'declaration.withdrawn',
  'synergy.detected',
  'synergy.updated',
  'synergy.status_changed',
  'synergy.obsoleted',
] as const satisfies readonly EventType[];

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What `sendTestEvent` delivers: no subscription asks for it, every one can receive it. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';
