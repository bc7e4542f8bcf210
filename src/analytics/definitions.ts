/**
 * What each number means, written once. The live recorder and the rebuild both apply facts
 * through `applyFact`, so they cannot disagree; the summary turns counters into rates with
 * `summariseCounters`. docs/ANALYTICS.md says the same in prose.
 *
 * - A conversation counts in the period it was **created** in; every later fact about it
 *   (handoff, answer, resolution, CSAT, purchase) adds to that conversation's creation hour.
 * - **Handed off**: a human was asked for or joined: the bot handed over (queued), or a person
 *   was assigned or wrote, whichever came first. Counted once per conversation.
 * - **Bot resolved** (contained): never handed off. **Containment** = bot resolved ÷ conversations.
 * - **Answered**: handed off, then a person wrote to the customer. **応答率 (response rate)** =
 *   answered ÷ handed off.
 * - **Abandoned**: handed off and resolved (closed) before any person wrote.
 * - **First response time (FRT)**: from the handoff to the first person's message, wall-clock
 *   seconds. **SLA met %** = answered within the target (the queue's first-reply SLA, else the
 *   tenant's) ÷ answered.
 * - **Handle time (AHT)**: from the first assignment to the first resolution, wall-clock seconds.
 * - **Business-hours FRT and AHT**: the same spans with time outside the opening hours (the
 *   conversation's queue's, else the tenant's) and holidays left out, measured when recorded.
 * - **CSAT**: the customer's 1–5 score; the latest score of a conversation counts.
 * - **Bot turns**: customer messages the bot replied to (the handoff turn included).
 * - **Conversion**: a purchase the shop reports after a chat (one per order id); a bot
 *   conversion when the conversation was never handed off, else a human one.
 */

export const factTypes = [
  'created',
  'bot_answered',
  'handed_off',
  'assigned',
  'transferred',
  'agent_replied',
  'resolved',
  'csat',
  'conversion',
] as const;
export type FactType = (typeof factTypes)[number];

/** A fact as logged: everything `applyFact` needs, so a replay gives the same result. */
export type Fact = {
  id: string;
  tenantId: string;
  conversationId: string;
  type: FactType;
  at: string;
  channel: string;
  conversationCreatedAt: string;
  agentId: string | null;
  queueId: string | null;
  category: string | null;
  /** agent_replied: the SLA target in seconds; csat: the score; conversion: the amount. */
  value: number | null;
  /** csat: the comment; conversion: the currency. */
  detail: string | null;
  dedupeKey: string | null;
  /**
   * agent_replied: the first response's length in business hours; resolved: the handling's.
   * Measured when recorded (with the opening hours then in force); null when not measured.
   */
  businessSeconds?: number | null;
};

/** One conversation's outcome so far. */
export type ConversationOutcome = {
  conversationId: string;
  tenantId: string;
  createdAt: string;
  channel: string;
  category: string | null;
  queueId: string | null;
  agentId: string | null;
  handedOffAt: string | null;
  firstHumanAt: string | null;
  firstResponseSeconds: number | null;
  /** The first response time with time outside opening hours and holidays left out. */
  firstResponseBusinessSeconds: number | null;
  slaMet: number | null;
  assignedAt: string | null;
  assignments: number;
  transfers: number;
  resolvedAt: string | null;
  handleSeconds: number | null;
  handleBusinessSeconds: number | null;
  isAbandoned: number;
  csatScore: number | null;
  csatComment: string | null;
  conversions: number;
  conversionValue: number;
};

export const counterNames = [
  'conversations',
  'bot_turns',
  'handed_off',
  'answered',
  'abandoned',
  'resolved',
  'assigned',
  'transfers',
  'sla_met',
  'handle_count',
  'csat_count',
  'conversions',
  'conversions_bot',
  'conversions_human',
  'frt_sum',
  'handle_sum',
  'csat_sum',
  'conversion_value',
] as const;
export type CounterName = (typeof counterNames)[number];
export type Counters = Record<CounterName, number>;

export type RollupKey = {
  hour: string;
  channel: string;
  category: string;
  queueId: string;
  agentId: string;
};
export type RollupDelta = { key: RollupKey; counters: Partial<Counters> };

export const emptyCounters = (): Counters =>
  Object.fromEntries(counterNames.map((n) => [n, 0])) as Counters;

/** A UTC timestamp as `toISOString` writes it: its hour is its first 13 characters. */
const UTC_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/**
 * The UTC hour a time falls in, as the rollups key it: `2026-12-06T09`. Every bot turn is
 * counted by its hour, so the timestamps the product writes are read without a date parse.
 */
export const hourOf = (iso: string): string =>
  UTC_ISO.test(iso) ? iso.slice(0, 13) : new Date(iso).toISOString().slice(0, 13);

const secondsBetween = (from: string, to: string) =>
  Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

const newOutcome = (fact: Fact): ConversationOutcome => ({
  conversationId: fact.conversationId,
  tenantId: fact.tenantId,
  createdAt: fact.conversationCreatedAt,
  channel: fact.channel,
  category: null,
  queueId: null,
  agentId: null,
  handedOffAt: null,
  firstHumanAt: null,
  firstResponseSeconds: null,
  firstResponseBusinessSeconds: null,
  slaMet: null,
  assignedAt: null,
  assignments: 0,
  transfers: 0,
  resolvedAt: null,
  handleSeconds: null,
  handleBusinessSeconds: null,
  isAbandoned: 0,
  csatScore: null,
  csatComment: null,
  conversions: 0,
  conversionValue: 0,
});

/** Whether a fact's effect depends on the conversation's outcome so far (else it only adds). */
export const needsOutcome = (type: FactType): boolean => type !== 'bot_answered';

/**
 * Applies one fact to a conversation's outcome. Returns the new outcome and the rollup
 * counters it adds, or null when the fact changes nothing (a second "first" response).
 */
export function applyFact(
  before: ConversationOutcome | undefined,
  fact: Fact,
): { outcome: ConversationOutcome; delta: RollupDelta } | null {
  const o: ConversationOutcome = before ? { ...before } : newOutcome(fact);
  const c: Partial<Counters> = {};
  const handOff = () => {
    if (o.handedOffAt) return;
    o.handedOffAt = fact.at;
    c.handed_off = 1;
  };
  switch (fact.type) {
    case 'created':
      if (before) return null;
      c.conversations = 1;
      break;
    case 'bot_answered':
      c.bot_turns = 1;
      break;
    case 'handed_off':
      if (o.handedOffAt) return null;
      handOff();
      o.category = fact.category ?? o.category;
      break;
    case 'assigned':
      handOff();
      o.assignedAt ??= fact.at;
      o.assignments += 1;
      o.agentId = fact.agentId;
      o.queueId = fact.queueId ?? o.queueId;
      c.assigned = 1;
      break;
    case 'transferred':
      o.transfers += 1;
      c.transfers = 1;
      break;
    case 'agent_replied': {
      if (o.firstHumanAt) return null;
      handOff();
      o.firstHumanAt = fact.at;
      o.agentId = fact.agentId ?? o.agentId;
      o.queueId = fact.queueId ?? o.queueId;
      const seconds = secondsBetween(o.handedOffAt ?? fact.at, fact.at);
      o.firstResponseSeconds = seconds;
      o.firstResponseBusinessSeconds = fact.businessSeconds ?? null;
      o.slaMet = fact.value === null ? null : seconds <= fact.value ? 1 : 0;
      c.answered = 1;
      c.frt_sum = seconds;
      c.sla_met = o.slaMet ?? 0;
      break;
    }
    case 'resolved':
      if (o.resolvedAt) return null;
      o.resolvedAt = fact.at;
      o.category = fact.category ?? o.category;
      o.queueId = fact.queueId ?? o.queueId;
      c.resolved = 1;
      if (o.handedOffAt && !o.firstHumanAt) {
        o.isAbandoned = 1;
        c.abandoned = 1;
      }
      if (o.assignedAt) {
        o.handleSeconds = secondsBetween(o.assignedAt, fact.at);
        o.handleBusinessSeconds = fact.businessSeconds ?? null;
        c.handle_count = 1;
        c.handle_sum = o.handleSeconds;
      }
      break;
    case 'csat': {
      const score = fact.value ?? 0;
      c.csat_sum = score - (o.csatScore ?? 0);
      if (o.csatScore === null) c.csat_count = 1;
      o.csatScore = score;
      o.csatComment = fact.detail;
      break;
    }
    case 'conversion':
      o.conversions += 1;
      o.conversionValue += fact.value ?? 0;
      c.conversions = 1;
      c.conversion_value = fact.value ?? 0;
      if (o.handedOffAt) c.conversions_human = 1;
      else c.conversions_bot = 1;
      break;
  }
  const key: RollupKey = {
    hour: hourOf(fact.conversationCreatedAt),
    channel: fact.channel,
    category: fact.type === 'created' || fact.type === 'bot_answered' ? '' : (o.category ?? ''),
    queueId: fact.type === 'created' || fact.type === 'bot_answered' ? '' : (o.queueId ?? ''),
    agentId:
      fact.type === 'transferred'
        ? (fact.agentId ?? '')
        : fact.type === 'created' || fact.type === 'bot_answered' || fact.type === 'handed_off'
          ? ''
          : (o.agentId ?? ''),
  };
  return { outcome: o, delta: { key, counters: c } };
}

/** One conversation's outcome as the counters it contributes (for partial hours at a range's ends). */
export function countersOf(o: ConversationOutcome): Counters {
  const c = emptyCounters();
  c.conversations = 1;
  c.handed_off = o.handedOffAt ? 1 : 0;
  c.answered = o.firstHumanAt ? 1 : 0;
  c.abandoned = o.isAbandoned;
  c.resolved = o.resolvedAt ? 1 : 0;
  c.assigned = o.assignments;
  c.transfers = o.transfers;
  c.sla_met = o.slaMet ?? 0;
  c.frt_sum = o.firstResponseSeconds ?? 0;
  c.handle_count = o.handleSeconds === null ? 0 : 1;
  c.handle_sum = o.handleSeconds ?? 0;
  c.csat_count = o.csatScore === null ? 0 : 1;
  c.csat_sum = o.csatScore ?? 0;
  c.conversions = o.conversions;
  c.conversion_value = o.conversionValue;
  c.conversions_bot = o.handedOffAt ? 0 : o.conversions;
  c.conversions_human = o.handedOffAt ? o.conversions : 0;
  return c;
}

export const addCounters = (into: Counters, from: Partial<Counters>): Counters => {
  for (const name of counterNames) into[name] += from[name] ?? 0;
  return into;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted values (`p` in 0..1); null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? null;
}

/** The median: the middle value, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The rates of the summary, from summed counters. */
export function summariseCounters(c: Counters) {
  const botResolved = c.conversations - c.handed_off;
  return {
    conversations: c.conversations,
    botResolved,
    handedOff: c.handed_off,
    containmentRate: round(ratio(botResolved, c.conversations)),
    answered: c.answered,
    responseRate: round(ratio(c.answered, c.handed_off)),
    abandoned: c.abandoned,
    abandonmentRate: round(ratio(c.abandoned, c.handed_off)),
    resolved: c.resolved,
    slaMetRate: round(ratio(c.sla_met, c.answered)),
    transfers: c.transfers,
    csat:
      c.csat_count > 0
        ? { count: c.csat_count, average: round(c.csat_sum / c.csat_count, 2) }
        : null,
    conversion: {
      conversions: c.conversions,
      value: round(c.conversion_value, 2),
      botConversions: c.conversions_bot,
      humanConversions: c.conversions_human,
      botRate: round(ratio(c.conversions_bot, botResolved)),
      humanRate: round(ratio(c.conversions_human, c.handed_off)),
      valuePerChat: round(ratio(c.conversion_value, c.conversations), 2),
    },
  };
}

/**
 * Times kept as histograms (per UTC day and channel) so a long range's medians and
 * percentiles read a few hundred bucket counts, not every conversation: `frt` first response,
 * `aht` handle time, `frt_bh` and `aht_bh` the same in business hours.
 */
export const measures = ['frt', 'aht', 'frt_bh', 'aht_bh'] as const;
export type Measure = (typeof measures)[number];

/** Buckets per doubling: a bucket spans 9 % (2^(1/8)), so a value read back is within 5 % (4.4 % half a bucket, plus rounding). */
const BUCKETS_PER_DOUBLING = 8;
export const MAX_BUCKET = 255;

/**
 * The fixed log-spaced bucket of a time in seconds: [0, 1) s is bucket 0, then bucket k covers
 * [2^((k-1)/8), 2^(k/8)) s. The same for every tenant and day, so histograms add up.
 */
export const bucketOf = (seconds: number): number =>
  seconds < 1 ? 0 : Math.min(MAX_BUCKET, 1 + Math.floor(BUCKETS_PER_DOUBLING * Math.log2(seconds)));

/**
 * The value a bucket stands for: the geometric middle of its span (0.5 s for bucket 0), to
 * three significant digits (whole seconds from 100 s up).
 */
export function bucketValue(bucket: number): number {
  if (bucket <= 0) return 0.5;
  const mid = 2 ** ((bucket - 0.5) / BUCKETS_PER_DOUBLING);
  const digits = mid >= 100 ? 0 : mid >= 10 ? 1 : 2;
  return Math.round(mid * 10 ** digits) / 10 ** digits;
}

/** Bucket counts (bucket → how many), added up from rows or values. */
export type Histogram = Map<number, number>;

/** The measured times an outcome gained against the one before it (each is measured once). */
export function measuresAdded(
  before: ConversationOutcome | undefined,
  after: ConversationOutcome,
): { measure: Measure; bucket: number }[] {
  const added: { measure: Measure; bucket: number }[] = [];
  if (after.firstResponseSeconds !== null && (before?.firstResponseSeconds ?? null) === null) {
    added.push({ measure: 'frt', bucket: bucketOf(after.firstResponseSeconds) });
  }
  if (after.handleSeconds !== null && (before?.handleSeconds ?? null) === null) {
    added.push({ measure: 'aht', bucket: bucketOf(after.handleSeconds) });
  }
  if (
    after.firstResponseBusinessSeconds !== null &&
    (before?.firstResponseBusinessSeconds ?? null) === null
  ) {
    added.push({ measure: 'frt_bh', bucket: bucketOf(after.firstResponseBusinessSeconds) });
  }
  if (after.handleBusinessSeconds !== null && (before?.handleBusinessSeconds ?? null) === null) {
    added.push({ measure: 'aht_bh', bucket: bucketOf(after.handleBusinessSeconds) });
  }
  return added;
}

/** The UTC day a time falls in, as the day rollups key it: `2026-12-06`. */
export const dayOf = (iso: string): string => new Date(iso).toISOString().slice(0, 10);

/**
 * Nearest-rank percentile (`p` in 0..1) and median of a histogram, as bucket values; the median
 * of an even count is the mean of the two middle ranks' values, as with plain values.
 */
export function histogramStats(h: Histogram): {
  count: number;
  median: number | null;
  percentile: (p: number) => number | null;
} {
  const buckets = [...h].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const count = buckets.reduce((sum, [, n]) => sum + n, 0);
  const atRank = (rank: number): number => {
    let seen = 0;
    for (const [bucket, n] of buckets) {
      seen += n;
      if (seen >= rank) return bucketValue(bucket);
    }
    return bucketValue((buckets[buckets.length - 1] as [number, number])[0]);
  };
  const percentileOf = (p: number) =>
    count === 0 ? null : atRank(Math.min(count, Math.max(1, Math.ceil(p * count))));
  let middle: number | null = null;
  if (count > 0) {
    const mid = Math.floor(count / 2);
    middle = count % 2 === 1 ? atRank(mid + 1) : (atRank(mid) + atRank(mid + 1)) / 2;
  }
  return { count, median: middle, percentile: percentileOf };
}
