import type { Generated } from 'kysely';

/** Table shapes as stored. Times are ISO 8601 UTC strings and JSON columns are text, so one
 * schema works unchanged on SQLite and PostgreSQL. */
export type Database = {
  tenants: TenantTable;
  users: UserTable & UserRoutingColumns & UserAccountColumns;
  sessions: SessionTable & SessionAccountColumns;
  login_failures: LoginFailureTable;
  contacts: ContactTable & ContactRoutingColumns & ContactTrustColumns & ContactRecordColumns;
  conversations: ConversationTable & ConversationRoutingColumns;
  messages: MessageTable;
  faqs: FaqTable;
  installation_secrets: InstallationSecretTable;
  channels: ChannelTable & ChannelTrustColumns;
  identity_secrets: IdentitySecretTable;
  form_submissions: FormSubmissionTable;
  channel_settings: ChannelSettingsTable;
  channel_inbound: ChannelInboundTable;
  channel_conversations: ChannelConversationTable;
  channel_threads: ChannelThreadTable;
  attachments: AttachmentTable;
  outbox: OutboxTable;
  intent_examples: IntentExampleTable;
  unanswered_questions: UnansweredQuestionTable;
  queues: QueueTable;
  routing_settings: RoutingSettingsTable;
  conversation_notes: ConversationNoteTable;
  conversation_reads: ConversationReadTable;
  canned_responses: CannedResponseTable;
  banned_words: BannedWordTable;
  calls: CallTable;
  qa_findings: QaFindingTable;
  qa_warnings: QaWarningTable;
  qa_scorecards: QaScorecardTable;
  qa_reviews: QaReviewTable;
  agent_activity: AgentActivityTable;
  workforce_settings: WorkforceSettingsTable;
  analytics_facts: AnalyticsFactTable;
  analytics_conversations: AnalyticsConversationTable;
  analytics_hourly: AnalyticsHourlyTable;
  analytics_terms: AnalyticsTermTable;
  analytics_settings: AnalyticsSettingsTable;
  analytics_daily: AnalyticsDailyTable;
  analytics_hour_totals: AnalyticsHourTotalsTable;
  analytics_histograms: AnalyticsHistogramTable;
  analytics_report_sends: AnalyticsReportSendTable;
  analytics_visits: AnalyticsVisitTable;
  analytics_visit_purchases: AnalyticsVisitPurchaseTable;
  analytics_visit_hours: AnalyticsVisitHourTable;
  memberships: MembershipTable;
  auth_tickets: AuthTicketTable;
  tenant_security: TenantSecurityTable;
  tenant_sso: TenantSsoTable;
  sso_logins: SsoLoginTable;
  outsourcers: OutsourcerTable;
  outsourcer_tenants: OutsourcerTenantTable;
  outsourcer_members: OutsourcerMemberTable;
  audit_log: AuditLogTable;
  api_tokens: ApiTokenTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  proactive_rules: ProactiveRuleTable;
  proactive_sends: ProactiveSendTable;
  flows: FlowTable;
  flow_states: FlowStateTable;
  intent_skills: IntentSkillTable;
  contact_identities: ContactIdentityTable;
  contact_attribute_definitions: ContactAttributeDefinitionTable;
  callbacks: CallbackTable;
  callback_dialogs: CallbackDialogTable;
  agent_status_history: AgentStatusHistoryTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  agent_schedules: AgentScheduleTable;
  widget_triggers: WidgetTriggerTable;
  widget_trigger_shows: WidgetTriggerShowTable;
  agent_bot_turns: AgentBotTurnTable;
};

export type TenantTable = { id: string; name: string; widget_key: string; created_at: string };

export type UserTable = {
  id: string;
  tenant_id: string | null;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  languages: string;
  skills: string;
  max_concurrent: number;
  status: string;
  status_changed_at: string;
  created_at: string;
};

export type SessionTable = {
  id: string;
  token_hash: string;
  user_id: string;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
};

export type LoginFailureTable = {
  key: string;
  count: number;
  first_at: string;
  locked_until: string | null;
};

export type ContactTable = {
  id: string;
  tenant_id: string;
  name: string | null;
  email: string | null;
  external_id: string | null;
  created_at: string;
};

export type ConversationTable = {
  id: string;
  tenant_id: string;
  contact_id: string;
  channel: string;
  status: string;
  assignee_id: string | null;
  language: string | null;
  customer_token_hash: string;
  bot_misses: number;
  handoff: string | null;
  last_seq: number;
  queued_at: string | null;
  assigned_at: string | null;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
};

export type MessageTable = {
  id: string;
  tenant_id: string;
  conversation_id: string;
  seq: number;
  author: string;
  author_id: string | null;
  author_name: string | null;
  text: string;
  buttons: string | null;
  client_message_id: string | null;
  reply_to: string | null;
  created_at: string;
};

export type FaqTable = {
  id: string;
  tenant_id: string;
  question: string;
  answer: string;
  category: string | null;
  language: string | null;
  alternates: string;
  created_at: string;
  updated_at: string;
};

export type IntentExampleTable = {
  id: string;
  tenant_id: string;
  text: string;
  intent: string;
  created_at: string;
};

export type UnansweredQuestionTable = {
  id: string;
  tenant_id: string;
  conversation_id: string | null;
  text: string;
  language: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_faq_id: string | null;
  /** The FAQ the customer picked from the bot's list, if they did. */
  chosen_faq_id: string | null;
};

export type InstallationSecretTable = { name: string; value: string; created_at: string };

export type ChannelTable = {
  id: string;
  tenant_id: string;
  type: string;
  address: string | null;
  secrets: string;
  settings: string;
  created_at: string;
};

export type ChannelSettingsTable = {
  tenant_id: string;
  transcript_on_resolve: number;
  updated_at: string;
};

export type ChannelInboundTable = {
  id: string;
  tenant_id: string;
  channel_id: string;
  idempotency_key: string;
  payload: string;
  outcome: string | null;
  received_at: string;
  processed_at: string | null;
  claimed_until: string | null;
  attempts: number;
};

export type ChannelConversationTable = {
  conversation_id: string;
  tenant_id: string;
  channel_id: string | null;
  recipient: string;
  subject: string | null;
  reply_key: string;
  reply_token: string | null;
  reply_token_at: string | null;
  last_inbound_ref: string | null;
  thread_refs: string;
  is_blocked: number;
  updated_at: string;
};

export type ChannelThreadTable = {
  tenant_id: string;
  scope: string;
  external_key: string;
  conversation_id: string;
  created_at: string;
};

export type AttachmentTable = {
  id: string;
  tenant_id: string;
  conversation_id: string;
  message_id: string;
  position: number;
  filename: string;
  content_type: string;
  size: number;
  data: string;
  created_at: string;
};

export type OutboxTable = {
  id: string;
  tenant_id: string;
  conversation_id: string;
  kind: string;
  idempotency_key: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_until: string | null;
  claim_id: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
};

/** Columns added by 0004 (routing); defaulted, so inserts written before them still work. */
export type UserRoutingColumns = { level: Generated<string> };
export type ContactRoutingColumns = { is_vip: Generated<number> };
export type ConversationRoutingColumns = {
  queue_id: Generated<string | null>;
  priority: Generated<number>;
  is_classified: Generated<number>;
  tags: Generated<string>;
  category: Generated<string | null>;
  wrap_up_summary: Generated<string | null>;
  first_reply_at: Generated<string | null>;
};

export type QueueTable = {
  id: string;
  tenant_id: string;
  name: string;
  skills: string;
  languages: string;
  is_default: number;
  sla_first_reply_seconds: number | null;
  overflow_queue_id: string | null;
  overflow_after_seconds: number | null;
  business_hours: string | null;
  created_at: string;
};

export type RoutingSettingsTable = {
  tenant_id: string;
  time_zone: string;
  business_hours: string | null;
  holidays: string;
  sla_first_reply_seconds: number;
  away_grace_seconds: number;
  updated_at: string;
};

export type ConversationNoteTable = {
  id: string;
  tenant_id: string;
  conversation_id: string;
  author_id: string | null;
  author_name: string | null;
  text: string;
  created_at: string;
};

export type ConversationReadTable = {
  tenant_id: string;
  user_id: string;
  conversation_id: string;
  last_read_seq: number;
};

export type CannedResponseTable = {
  id: string;
  tenant_id: string;
  shortcut: string;
  title: string;
  text: string;
  created_at: string;
  updated_at: string;
};

export type BannedWordTable = { tenant_id: string; word: string; created_at: string };

/** Quality and workforce (0012). */
export type QaFindingTable = {
  id: string;
  tenant_id: string;
  conversation_id: string;
  message_id: string;
  agent_id: string | null;
  author: string;
  rule: string;
  severity: string;
  span_start: number;
  span_end: number;
  text: string;
  sent_despite_warning: number;
  created_at: string;
};
export type QaWarningTable = {
  tenant_id: string;
  user_id: string;
  text_hash: string;
  created_at: string;
};
export type QaScorecardTable = { tenant_id: string; criteria: string; updated_at: string };
/** A review of a conversation or of a call: exactly one of the two ids is set. */
export type QaReviewTable = {
  id: string;
  tenant_id: string;
  conversation_id: string | null;
  call_id: string | null;
  agent_id: string | null;
  reviewer_id: string;
  scores: string;
  average: number;
  comment: string | null;
  created_at: string;
};
export type AgentActivityTable = {
  tenant_id: string;
  user_id: string;
  minute_start: string;
  keys: number;
  clicks: number;
  focused_seconds: number;
};
export type WorkforceSettingsTable = {
  tenant_id: string;
  band_over: number;
  band_right: number;
  band_under: number;
  updated_at: string;
};

/** Analytics (0011): the fact log, per-conversation outcomes, hourly rollups, call-reason terms. */
export type AnalyticsFactTable = {
  id: string;
  tenant_id: string;
  conversation_id: string;
  type: string;
  at: string;
  channel: string;
  conversation_created_at: string;
  agent_id: string | null;
  queue_id: string | null;
  category: string | null;
  value: number | null;
  detail: string | null;
  dedupe_key: string | null;
  /** 0025: business-hours seconds of a first response or a handling. */
  business_seconds: number | null;
};

export type AnalyticsConversationTable = {
  conversation_id: string;
  tenant_id: string;
  created_at: string;
  channel: string;
  category: string | null;
  queue_id: string | null;
  agent_id: string | null;
  handed_off_at: string | null;
  first_human_at: string | null;
  first_response_seconds: number | null;
  sla_met: number | null;
  assigned_at: string | null;
  assignments: number;
  transfers: number;
  resolved_at: string | null;
  handle_seconds: number | null;
  is_abandoned: number;
  csat_score: number | null;
  csat_comment: string | null;
  conversions: number;
  conversion_value: number;
  first_response_business_seconds: number | null;
  handle_business_seconds: number | null;
};

export type AnalyticsHourlyTable = {
  tenant_id: string;
  hour: string;
  channel: string;
  category: string;
  queue_id: string;
  agent_id: string;
  conversations: number;
  bot_turns: number;
  handed_off: number;
  answered: number;
  abandoned: number;
  resolved: number;
  assigned: number;
  transfers: number;
  sla_met: number;
  handle_count: number;
  csat_count: number;
  conversions: number;
  conversions_bot: number;
  conversions_human: number;
  frt_sum: number;
  handle_sum: number;
  csat_sum: number;
  conversion_value: number;
};

export type AnalyticsTermTable = {
  tenant_id: string;
  conversation_id: string;
  term: string;
  created_at: string;
  channel: string;
};

export type AnalyticsSettingsTable = {
  tenant_id: string;
  cost_per_contact: number | null;
  currency: string;
  report_recipients: string;
  report_schedule: string;
  last_weekly_period: string | null;
  last_monthly_period: string | null;
  updated_at: string;
};

/** Columns and tables added by 0013 (accounts and governance). */
export type UserAccountColumns = {
  disabled_at: Generated<string | null>;
  totp_secret: Generated<string | null>;
  totp_enabled_at: Generated<string | null>;
  recovery_codes: Generated<string | null>;
  password_changed_at: Generated<string | null>;
};
export type SessionAccountColumns = {
  address: Generated<string | null>;
  user_agent: Generated<string | null>;
  last_seen_at: Generated<string | null>;
};
export type MembershipTable = {
  user_id: string;
  tenant_id: string;
  role: string;
  disabled_at: string | null;
  created_at: string;
};
export type AuthTicketTable = {
  id: string;
  token_hash: string;
  user_id: string;
  purpose: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
};
export type TenantSecurityTable = {
  tenant_id: string;
  require_totp: number;
  ip_allowlist: string;
  retention_days: number | null;
  suspended_at: string | null;
  mask_pii_for_agents: number;
  updated_at: string;
};
export type AuditLogTable = {
  id: string;
  tenant_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  target: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
};

// Generated is re-exported for future tables with database-assigned keys.
export type { Generated };

export type CallTable = {
  id: string;
  tenant_id: string;
  agent_id: string | null;
  agent_channel: string;
  filename: string;
  content_type: string;
  size: number;
  /** processing | ready | failed */
  status: string;
  /** not_audio | too_long | silent | error */
  failure_reason: string | null;
  failure_message: string | null;
  /** JSON of the call's figures once ready. */
  figures: string | null;
  /** JSON of the transcript, when speech-to-text is configured. */
  transcript: string | null;
  /** Its transcript findings weighted as a conversation's (review queue); null before a scan. */
  qa_risk: number | null;
  created_at: string;
  updated_at: string;
};

/** Trust (0006): verified addresses, identity secrets, pending forms, proven mail domains. */
export type ContactTrustColumns = { email_verified: Generated<number> };
export type ChannelTrustColumns = {
  verification_token: string | null;
  verified_at: string | null;
  /** `dns`, `mail` or `installation`. */
  verified_by: string | null;
};
export type IdentitySecretTable = { tenant_id: string; secret: string; rotated_at: string };
export type FormSubmissionTable = {
  conversation_id: string;
  tenant_id: string;
  contact_id: string;
  email: string;
  name: string;
  subject: string | null;
  text: string;
  created_at: string;
  confirmed_at: string | null;
};

export type ApiTokenTable = {
  id: string;
  tenant_id: string;
  name: string;
  token_hash: string;
  scopes: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type WebhookTable = {
  id: string;
  tenant_id: string;
  url: string;
  events: string;
  secret: string;
  created_at: string;
  deleted_at: string | null;
};

export type WebhookDeliveryTable = {
  id: string;
  tenant_id: string;
  webhook_id: string;
  event_type: string;
  order_key: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_until: string | null;
  response_status: number | null;
  last_error: string | null;
  replay_of: string | null;
  created_at: string;
  delivered_at: string | null;
};

export type ProactiveRuleTable = {
  tenant_id: string;
  event_type: string;
  template: string;
  quiet_start: string | null;
  quiet_end: string | null;
  daily_limit: number;
  updated_at: string;
};

export type ProactiveSendTable = {
  id: string;
  tenant_id: string;
  contact_id: string;
  conversation_id: string;
  event_type: string;
  text: string;
  status: string;
  due_at: string;
  created_at: string;
  sent_at: string | null;
};

export type FlowTable = {
  tenant_id: string;
  id: string;
  version: number;
  name: string;
  trigger: string;
  steps: string;
  created_at: string;
  deleted_at: string | null;
};

export type FlowStateTable = {
  conversation_id: string;
  tenant_id: string;
  state: string;
  updated_at: string;
};

export type IntentSkillTable = {
  tenant_id: string;
  intent: string;
  /** JSON array of skill names. */
  skills: string;
  updated_at: string;
};

/** Contacts and callbacks (0021). */
export type ContactRecordColumns = {
  phone: Generated<string | null>;
  /** JSON object of custom attribute values by key. */
  attributes: Generated<string>;
  updated_at: Generated<string | null>;
};
export type ContactIdentityTable = {
  tenant_id: string;
  /** `external_id` or `email`. */
  kind: string;
  value: string;
  contact_id: string;
  created_at: string;
};
export type ContactAttributeDefinitionTable = {
  tenant_id: string;
  key: string;
  label: string;
  /** `text`, `number`, `date` or `select`. */
  type: string;
  /** JSON array of the choices of a `select`. */
  options: Generated<string>;
  position: number;
  created_at: string;
};
export type CallbackTable = {
  id: string;
  tenant_id: string;
  contact_id: string;
  conversation_id: string;
  channel: string;
  phone: string;
  window_start: string;
  window_end: string;
  note: string | null;
  language: string | null;
  queue_id: string | null;
  /** `open`, `claimed`, `completed` or `no_answer`. */
  status: string;
  assignee_id: string | null;
  attempts: Generated<number>;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
};
export type CallbackDialogTable = {
  conversation_id: string;
  tenant_id: string;
  /** `phone` (waiting for the number) or `window` (waiting for the time). */
  step: string;
  phone: string | null;
  /** The language the dialog is held in (the conversation's, or the request's script). */
  language: string | null;
  updated_at: string;
};

export type AgentStatusHistoryTable = {
  id: string;
  tenant_id: string;
  user_id: string;
  status: string;
  reason: string | null;
  started_at: string;
};

export type TeamTable = { id: string; tenant_id: string; name: string; created_at: string };

export type TeamMemberTable = { tenant_id: string; team_id: string; user_id: string };

export type AgentScheduleTable = {
  tenant_id: string;
  user_id: string;
  time_zone: string;
  /** JSON: [{weekday (1 = Monday … 7 = Sunday), start: "HH:MM", end: "HH:MM", breaks: [{start, end, reason?}]}] */
  shifts: string;
  updated_at: string;
};

export type TenantSsoTable = {
  tenant_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  email_domain: string;
  provision_role: string | null;
  is_enabled: number;
  updated_at: string;
};

export type SsoLoginTable = {
  state_hash: string;
  tenant_id: string;
  code_verifier: string;
  nonce: string;
  redirect_uri: string;
  expires_at: string;
  used_at: string | null;
};

export type OutsourcerTable = { id: string; name: string; created_at: string };
export type OutsourcerTenantTable = { outsourcer_id: string; tenant_id: string };
export type OutsourcerMemberTable = {
  outsourcer_id: string;
  user_id: string;
  role: string;
  created_at: string;
};

/** Analytics (0017): day rollups, per-hour totals by channel, and measure histograms. */
export type AnalyticsDailyTable = Omit<AnalyticsHourlyTable, 'hour'> & { day: string };
export type AnalyticsHourTotalsTable = Omit<
  AnalyticsHourlyTable,
  'category' | 'queue_id' | 'agent_id'
>;
export type AnalyticsHistogramTable = {
  tenant_id: string;
  day: string;
  channel: string;
  measure: string;
  bucket: number;
  n: number;
};

/** A tenant's proactive widget triggers, as a JSON list. */
export type WidgetTriggerTable = { tenant_id: string; rules: string; updated_at: string };

/** Tables added by 0025 (report sends, widget visits and purchases without a chat). */
export type AnalyticsReportSendTable = {
  tenant_id: string;
  kind: string;
  period: string;
  claimed_at: string;
  recipients: number;
};

export type AnalyticsVisitTable = {
  tenant_id: string;
  visitor_id: string;
  day: string;
  first_at: string;
  chatted: number;
  purchases: number;
  purchase_value: number;
};

export type AnalyticsVisitPurchaseTable = {
  tenant_id: string;
  order_id: string;
  visitor_id: string;
  day: string;
  at: string;
  value: number;
  currency: string;
};

export type AnalyticsVisitHourTable = {
  tenant_id: string;
  hour: string;
  visitors: number;
  chatted: number;
  no_chat_purchases: number;
  no_chat_value: number;
};

/** Shows of one widget trigger to one visitor in one period (a local day, or `ever`). */
export type WidgetTriggerShowTable = {
  tenant_id: string;
  trigger_id: string;
  visitor_id: string;
  period: string;
  shows: number;
  updated_at: string;
};

/** An external bot's turn: `waiting`, then `answered` (with its reply, JSON) or `timed_out`. */
export type AgentBotTurnTable = {
  turn_id: string;
  tenant_id: string;
  conversation_id: string;
  state: string;
  reply: string | null;
  created_at: string;
};
