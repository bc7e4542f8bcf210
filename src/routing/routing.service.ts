import { closedMessage } from '../bot/index.js';
import type { EventBus } from '../bus/index.js';
import type { ConversationService } from '../conversations/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import { type IntentSkillMap, skillsForIntent } from '../intents/intent-skills.js';
import type { User, UserService } from '../users/index.js';
import {
  type Availability,
  availabilityAt,
  isTimeZone,
  type WeeklyHours,
} from './business-hours.js';
import { CandidatePool } from './candidate-pool.js';
import type { AgentLevel, RoutingNeed } from './choose-agent.js';
import { priorityOf, slaStateOf } from './priority.js';
import type {
  Queue,
  QueuedForRouting,
  RoutingRepository,
  RoutingSettings,
} from './routing.repository.js';
import { routingNotice } from './routing-messages.js';

const routableRoles = new Set(['agent', 'supervisor', 'admin']);
/** A pool older than this is rebuilt even without an event (changes made on other nodes). */
const POOL_MAX_AGE_MS = 5000;
const SWEEP_INTERVAL_MS = 5000;
/** How long business hours may be answered from settings read earlier (see `hoursInputs`). */
const HOURS_CACHE_MS = 1000;

export type QueueInput = {
  name: string;
  skills?: string[] | undefined;
  languages?: string[] | undefined;
  isDefault?: boolean | undefined;
  slaFirstReplySeconds?: number | null | undefined;
  overflowQueueId?: string | null | undefined;
  overflowAfterSeconds?: number | null | undefined;
  businessHours?: WeeklyHours | null | undefined;
};

export type AgentProfilePatch = Partial<{
  skills: string[];
  languages: string[];
  level: AgentLevel;
  maxConcurrent: number;
}>;

/**
 * The queue a new handoff goes to: one whose skills name what the customer is about (the
 * handoff's topic) and that serves their language (or any language), else one serving its
 * language, else the default, else none.
 */
export function queueFor(
  queues: readonly Queue[],
  language: string | null,
  topic: string | null = null,
  /** The skills the tenant's intent → skill map names for the topic. */
  topicSkills: readonly string[] = [],
): Queue | undefined {
  const speaks = (q: Queue) => language !== null && q.languages.includes(language);
  const names = [...topicSkills, ...(topic ? [topic] : [])];
  const byTopic = queues.filter(
    (q) => q.skills.some((s) => names.includes(s)) && (q.languages.length === 0 || speaks(q)),
  );
  return (
    byTopic.find(speaks) ?? byTopic[0] ?? queues.find(speaks) ?? queues.find((q) => q.isDefault)
  );
}

/**
 * A queue serving the conversation's language holds it for a speaker of that language until
 * the queue's overflow time; then it overflows by the queue's rule: into the overflow queue
 * (the sweep moves it) or, without one, to any agent free.
 */
export function requiresLanguage(
  queue: Queue | undefined,
  conversation: { language: string | null; queuedAt: string | null },
  now: number,
): boolean {
  if (!queue || conversation.language === null) return false;
  if (!queue.languages.includes(conversation.language)) return false;
  if (queue.overflowAfterSeconds === null || queue.overflowQueueId) return true;
  const queuedAt = conversation.queuedAt ? Date.parse(conversation.queuedAt) : now;
  return now - queuedAt < queue.overflowAfterSeconds * 1000;
}

/**
 * The agent for a need whose topic the intent → skill map names skills for: one with the
 * first of those skills a free agent has (in the map's order), else whoever the topic's own
 * name and the queue find.
 */
function pickFor(pool: CandidatePool, need: RoutingNeed, topicSkills: readonly string[]) {
  for (const skill of topicSkills) {
    const pick = pool.pick({ ...need, preferredSkill: skill });
    if (pick?.skills.includes(skill)) return pick;
  }
  return pool.pick(need);
}

/** How far down the queue one run looks for conversations the free agents can take. */
const MAX_ROUTED_PER_RUN = 200;

type TenantPool = {
  pool: CandidatePool;
  users: Map<string, User>;
  builtAt: number;
  isStale: boolean;
};

/**
 * Places queued conversations with online agents. Decisions come from an in-memory
 * `CandidatePool` per tenant, rebuilt from the database when events make it stale; the
 * assignment itself is the conversation service's locked, conditional update, so several
 * processes never overfill an agent or assign one conversation twice.
 */
export function createRoutingService(deps: {
  routing: RoutingRepository;
  conversationService: ConversationService;
  users: UserService;
  bus: EventBus;
  onError: (error: unknown, tenantId: string) => void;
  /** The tenant's intent → skills map: a handoff's intent asks for agents with those skills. */
  intentSkills?: (tenantId: string) => Promise<IntentSkillMap>;
}) {
  const running = new Map<string, Promise<void>>();
  /** Per tenant, the run that has been asked for and not started yet. */
  const waitingRun = new Map<string, Promise<void>>();
  const pools = new Map<string, TenantPool>();
  /** Our own assignments: their events must not throw away the pool we just updated. */
  const expected = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let sweeper: NodeJS.Timeout | undefined;

  /**
   * Counts changes to agents and loads: a pool whose reads began before a change is stored
   * stale, so a presence change landing while a run builds its pool is not lost.
   */
  const changes = new Map<string, number>();
  const changed = (tenantId: string) => changes.set(tenantId, (changes.get(tenantId) ?? 0) + 1);
  const markStale = (tenantId: string) => {
    changed(tenantId);
    const entry = pools.get(tenantId);
    if (entry) entry.isStale = true;
  };
  /** A person working for several tenants: their load changed in every tenant's pool. */
  const markAgentStale = (agentId: string, exceptTenantId?: string) => {
    for (const [tenantId, entry] of pools) {
      if (tenantId === exceptTenantId) continue;
      changed(tenantId);
      if (entry.users.has(agentId)) entry.isStale = true;
    }
  };

  async function poolFor(tenantId: string): Promise<TenantPool> {
    const cached = pools.get(tenantId);
    if (cached && !cached.isStale && Date.now() - cached.builtAt < POOL_MAX_AGE_MS) return cached;
    const changesBefore = changes.get(tenantId);
    const [agents, loads] = await Promise.all([
      deps.users.listUsers(tenantId),
      deps.routing.countAssignedByAgent(tenantId),
    ]);
    const profiles = new Map((await deps.routing.listAgents(tenantId)).map((a) => [a.id, a]));
    const online = agents.filter((u) => u.status === 'online' && routableRoles.has(u.role));
    const entry: TenantPool = {
      pool: CandidatePool.from(
        online.map((u) => ({
          id: u.id,
          languages: u.languages,
          skills: u.skills,
          level: profiles.get(u.id)?.level ?? 'regular',
          maxConcurrent: u.maxConcurrent,
          load: loads.get(u.id) ?? 0,
        })),
      ),
      users: new Map(online.map((u) => [u.id, u])),
      builtAt: Date.now(),
      isStale: changes.get(tenantId) !== changesBefore,
    };
    pools.set(tenantId, entry);
    return entry;
  }

  /** Gives every new arrival in the queue its queue and priority, once. */
  async function classifyNew(
    tenantId: string,
    queues: Queue[],
    skillsOf: (topic: string | null) => string[],
  ) {
    // All at once: on SQLite the writes of one turn share one trip to the writer and one
    // commit (a burst of handoffs left hundreds, each a round trip awaited in turn).
    const arrivals = await deps.routing.listUnclassified(tenantId, 200);
    await Promise.all(
      arrivals.map((c) =>
        deps.routing.classify(
          tenantId,
          c.id,
          queueFor(queues, c.language, c.topic, skillsOf(c.topic))?.id ?? null,
          priorityOf({ isVip: c.isVip, isRepeat: c.isRepeat, isAngry: c.sentiment === 'negative' }),
        ),
      ),
    );
  }

  /**
   * One waiting conversation with the best free agent for it, if there is one: `placed`, `none`
   * (nobody free for it), or `conflict` (another node filled the agent or took it first).
   */
  async function place(
    tenantId: string,
    conversation: QueuedForRouting,
    { pool, users }: TenantPool,
    queue: Queue | undefined,
    topicSkills: readonly string[],
    now: number,
  ): Promise<'placed' | 'none' | 'conflict'> {
    const need: RoutingNeed = {
      language: conversation.language,
      skills: queue?.skills ?? [],
      preferSenior: !conversation.isRepeat,
      preferredSkill: conversation.topic,
      requiresLanguage: requiresLanguage(queue, conversation, now),
    };
    const pick = pickFor(pool, need, topicSkills);
    const agent = pick && users.get(pick.id);
    if (!pick || !agent) return 'none';
    expected.add(conversation.id);
    const isAssigned = await deps.conversationService.assign({
      tenantId,
      conversationId: conversation.id,
      agent,
      enforceCapacity: true,
      from: ['queued'],
    });
    if (!isAssigned) {
      expected.delete(conversation.id);
      markStale(tenantId);
      return 'conflict';
    }
    pool.setLoad(pick.id, pick.load + 1);
    markAgentStale(pick.id, tenantId);
    return 'placed';
  }

  async function routeOnce(tenantId: string): Promise<void> {
    // Bounded: a lost race re-reads the queue a few times, never spins.
    for (let retries = 0; retries < 5; retries++) {
      const queues = await deps.routing.listQueues(tenantId);
      const intentSkills = (await deps.intentSkills?.(tenantId)) ?? {};
      const skillsOf = (topic: string | null) => skillsForIntent(intentSkills, topic);
      await classifyNew(tenantId, queues, skillsOf);
      // With every online agent full (a busy hour's usual state) the queue is not read: each
      // handoff would otherwise read its first few hundred conversations for nothing.
      const tenantPool = await poolFor(tenantId);
      const { pool } = tenantPool;
      if (!pool.hasRoom) return;
      const queueById = new Map(queues.map((q) => [q.id, q]));
      const now = Date.now();
      // The queue is read a page at a time, the first sized to the free slots, and only on
      // while someone still has room: a run that fills the one free slot reads a few rows,
      // not the first 200 waiting.
      let placed = 0;
      let read = 0;
      let outcome: 'placed' | 'none' | 'conflict' = 'none';
      for (let page = Math.max(8, pool.freeSlots * 4); read < MAX_ROUTED_PER_RUN; page *= 4) {
        const limit = Math.min(page, MAX_ROUTED_PER_RUN - read);
        // Those placed from earlier pages have left the queue.
        const queued = await deps.routing.listQueued(tenantId, limit, read - placed);
        read += queued.length;
        for (const conversation of queued) {
          const queue = conversation.queueId ? queueById.get(conversation.queueId) : undefined;
          // Nobody for one conversation: a later one may need other skills.
          outcome = await place(
            tenantId,
            conversation,
            tenantPool,
            queue,
            skillsOf(conversation.topic),
            now,
          );
          if (outcome === 'conflict') break;
          if (outcome === 'placed') placed++;
        }
        if (outcome === 'conflict' || queued.length < limit || !pool.hasRoom) break;
      }
      // After a lost race the queue and the pool are read again.
      if (outcome !== 'conflict') return;
    }
  }

  /**
   * Places the tenant's queued conversations. Runs of a tenant go one after another, and the
   * calls made while one runs share the single run that follows it: it starts after all of
   * them and reads the queue afresh, so one run serves a burst of messages on queued
   * conversations instead of one run each.
   */
  function routeTenant(tenantId: string): Promise<void> {
    const waiting = waitingRun.get(tenantId);
    if (waiting) return waiting;
    const previous = running.get(tenantId) ?? Promise.resolve();
    const start = () => {
      if (waitingRun.get(tenantId) === next) waitingRun.delete(tenantId);
      return routeOnce(tenantId);
    };
    const next: Promise<void> = previous.then(start, start);
    waitingRun.set(tenantId, next);
    const tracked = next.finally(() => {
      if (running.get(tenantId) === tracked) running.delete(tenantId);
    });
    running.set(tenantId, tracked);
    return tracked;
  }

  /**
   * A tenant's settings and queues as business hours need them, read at most once a second:
   * every customer message to the bot asks whether the tenant is open. Changes made here are
   * seen at once; another node's within the second.
   */
  const hoursCache = new Map<string, { at: number; value: Promise<[RoutingSettings, Queue[]]> }>();
  const hoursInputs = (tenantId: string): Promise<[RoutingSettings, Queue[]]> => {
    const cached = hoursCache.get(tenantId);
    if (cached && Date.now() - cached.at < HOURS_CACHE_MS) return cached.value;
    const value = Promise.all([
      deps.routing.getSettings(tenantId),
      deps.routing.listQueues(tenantId),
    ]);
    if (hoursCache.size >= 10_000) hoursCache.clear();
    hoursCache.set(tenantId, { at: Date.now(), value });
    value.catch(() => {
      if (hoursCache.get(tenantId)?.value === value) hoursCache.delete(tenantId);
    });
    return value;
  };
  const forgetHours = (tenantId: string) => hoursCache.delete(tenantId);

  /**
   * For a conversation in a language: closed now (by its queue's hours, else the tenant's,
   * minus holidays), with the next opening, or null when open. Read once, asked per language.
   */
  async function closedHours(tenantId: string, now = new Date()) {
    const [settings, queues] = await hoursInputs(tenantId);
    return (language: string | null) => {
      const hours = availabilityAt(
        {
          timeZone: settings.timeZone,
          weekly: queueFor(queues, language)?.businessHours ?? settings.businessHours,
          holidays: settings.holidays,
        },
        now,
      );
      return hours.isOpen
        ? null
        : { nextOpenAt: hours.nextOpenAt ?? null, timeZone: settings.timeZone };
    };
  }

  /** Re-routes unanswered conversations of agents away or offline longer than the grace period, and overflows. */
  async function sweepTenant(tenantId: string): Promise<void> {
    const settings = await deps.routing.getSettings(tenantId);
    const now = Date.now();
    const cutoff = now - settings.awayGraceSeconds * 1000;
    const absent = (await deps.routing.listUnansweredWithAbsentAgents(tenantId)).filter(
      (c) => Date.parse(c.status_changed_at) <= cutoff && c.assignee_id,
    );
    // After hours nobody else is coming: the customer is told when a person will answer.
    const closedFor = absent.length > 0 ? await closedHours(tenantId, new Date(now)) : undefined;
    const requeued = (language: string | null) => {
      const closed = closedFor?.(language);
      return closed ? closedMessage(language, closed) : routingNotice('requeued')(language);
    };
    for (const c of absent) {
      if (!c.assignee_id) continue;
      await deps.conversationService.release({
        tenantId,
        conversationId: c.id,
        to: 'queued',
        notice: requeued,
        onlyIfAssigneeId: c.assignee_id,
        onlyIfUnanswered: true,
      });
    }
    for (const queue of await deps.routing.listQueues(tenantId)) {
      if (!queue.overflowQueueId || queue.overflowAfterSeconds === null) continue;
      const before = new Date(now - queue.overflowAfterSeconds * 1000).toISOString();
      for (const id of await deps.routing.listQueuedOlderThan(tenantId, queue.id, before)) {
        await deps.routing.setQueue(tenantId, id, queue.overflowQueueId, queue.id);
      }
    }
    await routeTenant(tenantId);
  }

  const schedule = (ms: number, work: () => Promise<void>) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work().catch(() => {});
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const safeSweep = (tenantId: string) =>
    sweepTenant(tenantId).catch((error: unknown) => deps.onError(error, tenantId));

  const unsubscribe = [
    deps.bus.subscribe(
      'agent.status_changed',
      async (event) => {
        markStale(event.tenantId);
        if (event.status === 'away' || event.status === 'offline') {
          const { awayGraceSeconds } = await deps.routing.getSettings(event.tenantId);
          schedule(awayGraceSeconds * 1000 + 50, () => safeSweep(event.tenantId));
        }
      },
      { scope: 'cluster' },
    ),
    deps.bus.subscribe(
      'conversation.updated',
      async (event) => {
        const { id, status } = event.conversation;
        const assignee = event.conversation.assigneeId;
        if (assignee && (status === 'assigned' || event.previousStatus === 'assigned')) {
          markAgentStale(assignee, event.tenantId);
        }
        if (expected.delete(id)) return;
        if (status === 'assigned' || event.previousStatus === 'assigned') markStale(event.tenantId);
        if (status === 'bot' || status === 'resolved')
          await deps.routing.unclassify(event.tenantId, id);
      },
      { scope: 'cluster' },
    ),
    deps.bus.subscribe('message.created', async (event) => {
      if (event.message.author === 'agent') {
        await deps.routing.markFirstReply(
          event.tenantId,
          event.message.conversationId,
          event.message.createdAt,
        );
      }
    }),
  ];

  async function getQueueOrThrow(tenantId: string, id: string): Promise<Queue> {
    const queue = (await deps.routing.listQueues(tenantId)).find((q) => q.id === id);
    if (!queue) throw notFound('Queue');
    return queue;
  }

  async function checkQueueInput(tenantId: string, input: QueueInput, selfId?: string) {
    if (input.overflowQueueId) {
      if (input.overflowQueueId === selfId) {
        throw new AppError('bad_request', 'A queue cannot overflow into itself');
      }
      await getQueueOrThrow(tenantId, input.overflowQueueId);
    }
  }

  return {
    routeTenant,
    sweepTenant,

    /** Starts the periodic sweep (re-routing after the grace period, overflow, stragglers). */
    start() {
      sweeper = setInterval(async () => {
        try {
          for (const tenantId of await deps.routing.listTenantsWithWaitingWork())
            await safeSweep(tenantId);
        } catch (error) {
          deps.onError(error, '*');
        }
      }, SWEEP_INTERVAL_MS);
      sweeper.unref();
    },

    stop() {
      if (sweeper) clearInterval(sweeper);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const off of unsubscribe) off();
    },

    /** Every /agent socket of the user is gone: an online agent becomes away. */
    async agentDisconnected(tenantId: string, userId: string): Promise<void> {
      const user = await deps.users.findInTenant(tenantId, userId);
      if (user?.status === 'online') await deps.users.setStatus(tenantId, userId, 'away');
    },

    listQueues: (tenantId: string) => deps.routing.listQueues(tenantId),

    async createQueue(tenantId: string, input: QueueInput): Promise<Queue> {
      await checkQueueInput(tenantId, input);
      const queue: Queue = {
        id: newId('que'),
        tenantId,
        name: input.name,
        skills: input.skills ?? [],
        languages: input.languages ?? [],
        isDefault: input.isDefault ?? false,
        slaFirstReplySeconds: input.slaFirstReplySeconds ?? null,
        overflowQueueId: input.overflowQueueId ?? null,
        overflowAfterSeconds: input.overflowAfterSeconds ?? null,
        businessHours: input.businessHours ?? null,
        createdAt: new Date().toISOString(),
      };
      const existing = await deps.routing.listQueues(tenantId);
      if (existing.some((q) => q.name === queue.name)) {
        throw new AppError('conflict', 'A queue with this name already exists');
      }
      if (queue.isDefault) await deps.routing.clearDefaultQueue(tenantId);
      await deps.routing.insertQueue(queue);
      forgetHours(tenantId);
      return queue;
    },

    async updateQueue(tenantId: string, id: string, input: QueueInput): Promise<Queue> {
      const current = await getQueueOrThrow(tenantId, id);
      await checkQueueInput(tenantId, input, id);
      const queue: Queue = {
        ...current,
        name: input.name,
        ...(input.skills && { skills: input.skills }),
        ...(input.languages && { languages: input.languages }),
        ...(input.isDefault !== undefined && { isDefault: input.isDefault }),
        ...(input.slaFirstReplySeconds !== undefined && {
          slaFirstReplySeconds: input.slaFirstReplySeconds,
        }),
        ...(input.overflowQueueId !== undefined && { overflowQueueId: input.overflowQueueId }),
        ...(input.overflowAfterSeconds !== undefined && {
          overflowAfterSeconds: input.overflowAfterSeconds,
        }),
        ...(input.businessHours !== undefined && { businessHours: input.businessHours }),
      };
      if (queue.isDefault && !current.isDefault) await deps.routing.clearDefaultQueue(tenantId);
      await deps.routing.updateQueue(queue);
      forgetHours(tenantId);
      return queue;
    },

    /**
     * Deletes a queue that is not the default; who waits in it moves to the default queue
     * (or to none), keeping their place in line.
     */
    async deleteQueue(tenantId: string, id: string): Promise<void> {
      const queues = await deps.routing.listQueues(tenantId);
      const queue = queues.find((q) => q.id === id);
      if (!queue) throw notFound('Queue');
      if (queue.isDefault) {
        throw new AppError('conflict', 'Make another queue the default before deleting this one');
      }
      const fallback = queues.find((q) => q.isDefault);
      await deps.routing.deleteQueue(tenantId, id, fallback?.id ?? null);
      forgetHours(tenantId);
      // Waiting conversations may now be servable by other agents.
      await routeTenant(tenantId);
    },

    getSettings: (tenantId: string) => deps.routing.getSettings(tenantId),

    async updateSettings(
      tenantId: string,
      patch: Partial<RoutingSettings>,
    ): Promise<RoutingSettings> {
      if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
        throw new AppError('bad_request', 'Unknown time zone');
      }
      const settings = { ...(await deps.routing.getSettings(tenantId)), ...patch };
      await deps.routing.saveSettings(tenantId, settings);
      forgetHours(tenantId);
      return settings;
    },

    async updateAgentProfile(
      tenantId: string,
      userId: string,
      patch: AgentProfilePatch,
    ): Promise<void> {
      const user = await deps.users.findInTenant(tenantId, userId);
      if (!user) throw notFound('Agent');
      if (!routableRoles.has(user.role)) {
        throw new AppError('bad_request', 'Only agents, supervisors and admins take conversations');
      }
      await deps.routing.updateAgentProfile(tenantId, userId, patch);
      markStale(tenantId);
      await routeTenant(tenantId);
    },

    listAgents: (tenantId: string) => deps.routing.listAgents(tenantId),

    async setVip(tenantId: string, contactId: string, isVip: boolean): Promise<void> {
      if (!(await deps.routing.setVip(tenantId, contactId, isVip))) throw notFound('Contact');
    },

    /** Open now? By the queue's own hours when it has them, else the tenant's, minus holidays. */
    async availability(
      tenantId: string,
      queueId?: string,
      now = new Date(),
    ): Promise<Availability & { operatorsOnline: number }> {
      const settings = await deps.routing.getSettings(tenantId);
      const queue = queueId ? await getQueueOrThrow(tenantId, queueId) : undefined;
      const hours = availabilityAt(
        {
          timeZone: settings.timeZone,
          weekly: queue?.businessHours ?? settings.businessHours,
          holidays: settings.holidays,
        },
        now,
      );
      const { pool } = await poolFor(tenantId);
      return { ...hours, operatorsOnline: pool.size };
    },

    closedHours,

    /** The supervisor's picture: per queue who waits and how the SLA stands; per agent status and load. */
    async overview(tenantId: string, now = Date.now()) {
      const [queues, settings, stats, open, agents, loads] = await Promise.all([
        deps.routing.listQueues(tenantId),
        deps.routing.getSettings(tenantId),
        deps.routing.queueStats(tenantId),
        deps.routing.listOpenForSla(tenantId),
        deps.routing.listAgents(tenantId),
        deps.routing.countAssignedByAgent(tenantId),
      ]);
      const rows = [
        ...queues.map((q) => ({
          id: q.id as string | null,
          name: q.name,
          target: q.slaFirstReplySeconds,
        })),
        { id: null, name: null, target: null },
      ].map((q) => {
        const target = q.target ?? settings.slaFirstReplySeconds;
        const stat = stats.find((s) => s.queueId === q.id);
        const sla = { ok: 0, warning: 0, breached: 0 };
        for (const c of open) {
          if (c.queue_id !== q.id) continue;
          const state = slaStateOf({
            queuedAt: c.queued_at,
            firstReplyAt: null,
            targetSeconds: target,
            now,
          });
          if (state === 'ok' || state === 'warning' || state === 'breached') sla[state] += 1;
        }
        return {
          id: q.id,
          name: q.name,
          waiting: stat?.waiting ?? 0,
          oldestWaitSeconds: stat?.oldestQueuedAt
            ? Math.max(0, Math.round((now - Date.parse(stat.oldestQueuedAt)) / 1000))
            : null,
          slaTargetSeconds: target,
          sla,
        };
      });
      return {
        // The "no queue" row only when something is in it.
        queues: rows.filter(
          (r) => r.id !== null || r.waiting > 0 || r.sla.ok + r.sla.warning + r.sla.breached > 0,
        ),
        agents: agents
          .filter((a) => routableRoles.has(a.role))
          .map((a) => ({
            id: a.id,
            name: a.name,
            role: a.role,
            status: a.status,
            level: a.level,
            languages: a.languages,
            skills: a.skills,
            load: loads.get(a.id) ?? 0,
            maxConcurrent: a.maxConcurrent,
          })),
      };
    },

    /** Moves a conversation to another agent (who must have room) or queue. */
    async transfer(options: {
      tenantId: string;
      conversationId: string;
      toAgentId?: string | undefined;
      toQueueId?: string | undefined;
    }): Promise<void> {
      const { tenantId, conversationId } = options;
      const current = await deps.conversationService.getRaw(tenantId, conversationId);
      if (current.status === 'resolved') {
        throw new AppError('invalid_transition', 'The conversation is resolved');
      }
      if (options.toAgentId) {
        const agent = await deps.users.findInTenant(tenantId, options.toAgentId);
        if (!agent || !routableRoles.has(agent.role)) throw notFound('Agent');
        if (current.assigneeId === agent.id) return;
        const isAssigned = await deps.conversationService.assign({
          tenantId,
          conversationId,
          agent,
          enforceCapacity: true,
          from: ['bot', 'queued', 'assigned'],
        });
        if (!isAssigned) throw new AppError('conflict', 'That agent has no free slot');
        markStale(tenantId);
        return;
      }
      if (!options.toQueueId) throw new AppError('bad_request', 'Give an agent or a queue');
      await getQueueOrThrow(tenantId, options.toQueueId);
      await deps.routing.setQueue(tenantId, conversationId, options.toQueueId);
      if (current.status === 'queued') {
        await routeTenant(tenantId);
        return;
      }
      await deps.conversationService.release({
        tenantId,
        conversationId,
        to: 'queued',
        notice: routingNotice('transferred'),
      });
    },

    /** Gives the conversation back to the bot; the customer is told. */
    async handBack(tenantId: string, conversationId: string): Promise<void> {
      const current = await deps.conversationService.getRaw(tenantId, conversationId);
      if (current.status === 'resolved' || current.status === 'bot') {
        throw new AppError(
          'invalid_transition',
          `A ${current.status} conversation cannot go back to the bot`,
        );
      }
      const isReleased = await deps.conversationService.release({
        tenantId,
        conversationId,
        to: 'bot',
        notice: routingNotice('handedBack'),
      });
      if (!isReleased) throw new AppError('conflict', 'The conversation changed; try again');
    },
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
