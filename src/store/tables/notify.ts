// Tables of notifications (issue 6): recipients and consent, SMS opt-outs, the rule firings that
// dedupe and cap messages, the message queue and every delivery attempt.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

/** Someone who asked to hear about one shipment on one channel (push subscriptions too). */
export interface NotificationRecipientTable {
  id: string;
  tenant_id: string;
  shipment_id: string;
  /** 'email' | 'sms' | 'push' */
  channel: string;
  /** Email address, E.164 phone number or push endpoint URL. */
  address: string;
  /** JSON: channel-specific extras (push keys). */
  details: string;
  locale: string;
  time_zone: string | null;
  /** The words the person agreed to, kept as evidence of consent. */
  consent_text: string;
  consented_at: string;
  /** Random; the unsubscribe link `/u/<token>` carries it. */
  unsubscribe_token: string;
  created_at: string;
}

/** Phone numbers that texted STOP. Global, not per tenant: one sending number per installation. */
export interface SmsOptOutTable {
  phone: string;
  opted_out_at: string;
}

/** One domain event that matched a rule: the unit of dedupe, cap and digest. */
export interface NotificationFiringTable {
  id: string;
  tenant_id: string;
  shipment_id: string;
  /** The outbox message id: handling the same event twice finds this row and does nothing. */
  outbox_id: string;
  event_type: string;
  topic: string;
  /** YYYY-MM-DD in the shipment's local zone: "one day" for dedupe and cap. */
  local_day: string;
  /** planned | merged | duplicate | capped | no_recipients */
  outcome: string;
  /** For merged: the firing whose message now carries this one as a digest line. */
  merged_into: string | null;
  created_at: string;
}

/** "This shipment already had a message about this topic today": the dedupe guarantee. */
export interface NotificationTopicDayTable {
  shipment_id: string;
  topic: string;
  local_day: string;
  firing_id: string;
}

/** The queue: one row per (planned message × recipient). */
export interface NotificationMessageTable {
  id: string;
  tenant_id: string;
  shipment_id: string;
  recipient_id: string;
  firing_id: string;
  channel: string;
  /** Stable per (firing × recipient); sent to the provider and in Message-ID. Unique. */
  idempotency_key: string;
  event_type: string;
  /** JSON: the facts to render (topics and their event payloads). */
  context: string;
  /** pending | sending | sent | failed | skipped */
  status: string;
  due_at: string;
  /** Provider calls made so far. */
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  provider_id: string | null;
  /** Last status the provider reported by callback (Twilio: delivered, undelivered…). */
  provider_status: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** Every attempt to send, including deferrals and skips: the log the API shows per shipment. */
export interface NotificationAttemptTable {
  id: string;
  message_id: string;
  tenant_id: string;
  shipment_id: string;
  recipient_id: string;
  channel: string;
  idempotency_key: string;
  /** sent | failed | retry | deferred | skipped | gone | callback */
  outcome: string;
  provider_id: string | null;
  error: string | null;
  at: string;
}

export interface NotifyTables {
  notification_recipients: NotificationRecipientTable;
  sms_opt_outs: SmsOptOutTable;
  notification_firings: NotificationFiringTable;
  notification_topic_days: NotificationTopicDayTable;
  notification_messages: NotificationMessageTable;
  notification_attempts: NotificationAttemptTable;
}
