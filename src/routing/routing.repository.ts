import { sql } from 'kysely';
import type { Db, Dialect } from '../db/index.js';
import type { AgentStatus, Role } from '../users/index.js';
import type { WeeklyHours } from './business-hours.js';
import type { AgentLevel } from './choose-agent.js';

export type Queue = {
  id: string;
  tenantId: string;
  name: string;
  skills: string[];
  languages: string[];
  isDefault: boolean;
  slaFirstReplySeconds: number | null;
  overflowQueueId: string | null;
  overflowAfterSeconds: number | null;
  businessHours: WeeklyHours | null;
  createdAt: string;
};

export type RoutingSettings = {
  timeZone: string;
  businessHours: WeeklyHours | null;
  holidays: string[];
  slaFirstReplySeconds: number;
  awayGraceSeconds: number;
};

export const defaultRoutingSettings: RoutingSettings = {
  timeZone: 'Asia/Tokyo',
  businessHours: null,
  holidays: [],
  slaFirstReplySeconds: 120,
  awayGraceSeconds: 60,
};

export type RoutableAgent = {
  id: string;
  name: string;
  role: Role;
  languages: string[];
  skills: string[];
  level: AgentLevel;
  maxConcurrent: number;
  status: AgentStatus;
  statusChangedAt: string;
};

export type QueuedForRouting = {
  id: string;
  language: string | null;
  queueId: string | null;
  priority: number;
  isClassified: boolean;
  isVip: boolean;
  isRepeat: boolean;
  sentiment: string | null;
  /** The handoff card's intent (the closest FAQ's category): what the customer is about. */
  topic: string | null;
  queuedAt: string | null;
};

const parseJson = <T>(text: string | null, fallback: T): T =>
  text ? (JSON.parse(text) as T) : fallback;

type QueueRow = {
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

const toQueue = (r: QueueRow): Queue => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  skills: parseJson(r.skills, []),
  languages: parseJson(r.languages, []),
  isDefault: r.is_default === 1,
  slaFirstReplySeconds: r.sla_first_reply_seconds,
  overflowQueueId: r.overflow_queue_id,
  overflowAfterSeconds: r.overflow_after_seconds,
  businessHours: parseJson<WeeklyHours | null>(r.business_hours, null),
  createdAt: r.created_at,
});

export function createRoutingRepository(db: Db, dialect: Dialect) {
  /**
   * One field of the stored handoff card, read in SQL: routing needs two of the card's fields,
   * and bringing the whole card back (and parsing it) for every waiting conversation it
   * considers cost about a quarter of the queue's read.
   */
  const cardField = (field: 'sentiment' | 'intent') =>
    dialect === 'postgres'
      ? sql<string | null>`(c.handoff::json ->> ${sql.lit(field)})`
      : sql<string | null>`json_extract(c.handoff, ${sql.lit(`$.${field}`)})`;

  /** Queued conversations in serving order, all of them or only those not classified yet. */
  async function queued(
    tenantId: string,
    limit: number,
    onlyUnclassified: boolean,
    offset = 0,
  ): Promise<QueuedForRouting[]> {
    const rows = await db
      .selectFrom('conversations as c')
      .innerJoin('contacts as ct', 'ct.id', 'c.contact_id')
      .select((eb) => [
        'c.id',
        'c.language',
        'c.queue_id',
        'c.priority',
        'c.is_classified',
        cardField('sentiment').as('sentiment'),
        cardField('intent').as('topic'),
        'c.queued_at',
        'ct.is_vip',
        eb
          .exists(
            eb
              .selectFrom('conversations as earlier')
              .select('earlier.id')
              .where('earlier.tenant_id', '=', tenantId)
              .whereRef('earlier.contact_id', '=', 'c.contact_id')
              .whereRef('earlier.created_at', '<', 'c.created_at'),
          )
          .as('is_repeat'),
      ])
      .where('c.tenant_id', '=', tenantId)
      .where('c.status', '=', 'queued')
      // Unclassified arrivals have no priority yet: the longest waiting first.
      .$if(onlyUnclassified, (qb) => qb.where('c.is_classified', '=', 0))
      .$if(!onlyUnclassified, (qb) => qb.orderBy('c.priority', 'desc'))
      .orderBy('c.queued_at')
      .orderBy('c.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      language: r.language,
      queueId: r.queue_id,
      priority: r.priority,
      isClassified: r.is_classified === 1,
      isVip: r.is_vip === 1,
      isRepeat: Boolean(r.is_repeat),
      sentiment: r.sentiment ?? null,
      topic: r.topic ?? null,
      queuedAt: r.queued_at,
    }));
  }

  return {
    async insertQueue(queue: Queue): Promise<void> {
      await db
        .insertInto('queues')
        .values({
          id: queue.id,
          tenant_id: queue.tenantId,
          name: queue.name,
          skills: JSON.stringify(queue.skills),
          languages: JSON.stringify(queue.languages),
          is_default: queue.isDefault ? 1 : 0,
          sla_first_reply_seconds: queue.slaFirstReplySeconds,
          overflow_queue_id: queue.overflowQueueId,
          overflow_after_seconds: queue.overflowAfterSeconds,
          business_hours: queue.businessHours ? JSON.stringify(queue.businessHours) : null,
          created_at: queue.createdAt,
        })
        .execute();
    },

    async updateQueue(queue: Queue): Promise<void> {
      await db
        .updateTable('queues')
        .set({
          name: queue.name,
          skills: JSON.stringify(queue.skills),
          languages: JSON.stringify(queue.languages),
          is_default: queue.isDefault ? 1 : 0,
          sla_first_reply_seconds: queue.slaFirstReplySeconds,
          overflow_queue_id: queue.overflowQueueId,
          overflow_after_seconds: queue.overflowAfterSeconds,
          business_hours: queue.businessHours ? JSON.stringify(queue.businessHours) : null,
        })
        .where('tenant_id', '=', queue.tenantId)
        .where('id', '=', queue.id)
        .execute();
    },

    /**
     * Removes a queue in one transaction: conversations waiting in it move to `waitingTo`
     * (their place in line kept), the others forget it, and queues overflowing into it stop.
     */
    async deleteQueue(tenantId: string, id: string, waitingTo: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('conversations')
          .set({ queue_id: waitingTo })
          .where('tenant_id', '=', tenantId)
          .where('queue_id', '=', id)
          .where('status', '=', 'queued')
          .execute();
        await trx
          .updateTable('conversations')
          .set({ queue_id: null })
          .where('tenant_id', '=', tenantId)
          .where('queue_id', '=', id)
          .execute();
        await trx
          .updateTable('queues')
          .set({ overflow_queue_id: null, overflow_after_seconds: null })
          .where('tenant_id', '=', tenantId)
          .where('overflow_queue_id', '=', id)
          .execute();
        await trx
          .deleteFrom('queues')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', id)
          .execute();
      });
    },

    /** Only one default queue per tenant. */
    async clearDefaultQueue(tenantId: string): Promise<void> {
      await db
        .updateTable('queues')
        .set({ is_default: 0 })
        .where('tenant_id', '=', tenantId)
        .execute();
    },

    async listQueues(tenantId: string): Promise<Queue[]> {
      const rows = await db
        .selectFrom('queues')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at')
        .execute();
      return rows.map(toQueue);
    },

    async getSettings(tenantId: string): Promise<RoutingSettings> {
      const row = await db
        .selectFrom('routing_settings')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      if (!row) return { ...defaultRoutingSettings };
      return {
        timeZone: row.time_zone,
        businessHours: parseJson<WeeklyHours | null>(row.business_hours, null),
        holidays: parseJson(row.holidays, []),
        slaFirstReplySeconds: row.sla_first_reply_seconds,
        awayGraceSeconds: row.away_grace_seconds,
      };
    },

    async saveSettings(tenantId: string, s: RoutingSettings): Promise<void> {
      const values = {
        time_zone: s.timeZone,
        business_hours: s.businessHours ? JSON.stringify(s.businessHours) : null,
        holidays: JSON.stringify(s.holidays),
        sla_first_reply_seconds: s.slaFirstReplySeconds,
        away_grace_seconds: s.awayGraceSeconds,
        updated_at: new Date().toISOString(),
      };
      await db
        .insertInto('routing_settings')
        .values({ tenant_id: tenantId, ...values })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
        .execute();
    },

    async updateAgentProfile(
      tenantId: string,
      userId: string,
      patch: Partial<{
        skills: string[];
        languages: string[];
        level: AgentLevel;
        maxConcurrent: number;
      }>,
    ): Promise<boolean> {
      const changes = {
        ...(patch.skills && { skills: JSON.stringify(patch.skills) }),
        ...(patch.languages && { languages: JSON.stringify(patch.languages) }),
        ...(patch.level && { level: patch.level }),
        ...(patch.maxConcurrent !== undefined && { max_concurrent: patch.maxConcurrent }),
      };
      // An UPDATE with nothing to set is not valid SQL: an empty patch only checks the row.
      if (Object.keys(changes).length === 0) {
        const row = await db
          .selectFrom('users')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', userId)
          .executeTakeFirst();
        return row !== undefined;
      }
      const result = await db
        .updateTable('users')
        .set(changes)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async listAgents(tenantId: string): Promise<RoutableAgent[]> {
      const rows = await db
        .selectFrom('users')
        .select([
          'id',
          'name',
          'role',
          'languages',
          'skills',
          'level',
          'max_concurrent',
          'status',
          'status_changed_at',
        ])
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role as Role,
        languages: parseJson(r.languages, []),
        skills: parseJson(r.skills, []),
        level: r.level as AgentLevel,
        maxConcurrent: r.max_concurrent,
        status: r.status as AgentStatus,
        statusChangedAt: r.status_changed_at,
      }));
    },

    /** Each member's open conversations across all their tenants (capacity is per person). */
    async countAssignedByAgent(tenantId: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('conversations')
        .select(['assignee_id', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('assignee_id', 'in', (eb) =>
          eb.selectFrom('memberships').select('user_id').where('tenant_id', '=', tenantId),
        )
        .where('status', '=', 'assigned')
        .groupBy('assignee_id')
        .execute();
      return new Map(rows.map((r) => [r.assignee_id ?? '', Number(r.n)]));
    },

    /** Waiting conversations in serving order: the highest priority, then the longest waiting. */
    listQueued: (tenantId: string, limit: number, offset = 0) =>
      queued(tenantId, limit, false, offset),

    /** New arrivals in the queue not yet given their queue and priority, longest waiting first. */
    listUnclassified: (tenantId: string, limit: number) => queued(tenantId, limit, true),

    /** Places a waiting conversation in a queue with a priority, once. */
    async classify(
      tenantId: string,
      id: string,
      queueId: string | null,
      priority: number,
    ): Promise<void> {
      await db
        .updateTable('conversations')
        .set({ queue_id: queueId, priority, is_classified: 1 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('is_classified', '=', 0)
        .execute();
    },

    async setQueue(
      tenantId: string,
      id: string,
      queueId: string | null,
      onlyFrom?: string | null,
    ): Promise<boolean> {
      let query = db
        .updateTable('conversations')
        .set({ queue_id: queueId, is_classified: 1 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id);
      if (onlyFrom !== undefined) {
        query =
          onlyFrom === null
            ? query.where('queue_id', 'is', null)
            : query.where('queue_id', '=', onlyFrom);
        query = query.where('status', '=', 'queued');
      }
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** A conversation back with the bot or resolved is classified afresh at its next handoff. */
    async unclassify(tenantId: string, id: string): Promise<void> {
      await db
        .updateTable('conversations')
        .set({ is_classified: 0 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('status', 'in', ['bot', 'resolved'])
        .execute();
    },

    async markFirstReply(tenantId: string, id: string, at: string): Promise<void> {
      await db
        .updateTable('conversations')
        .set({ first_reply_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('first_reply_at', 'is', null)
        .where('status', '=', 'assigned')
        .execute();
    },

    async setVip(tenantId: string, contactId: string, isVip: boolean): Promise<boolean> {
      const result = await db
        .updateTable('contacts')
        .set({ is_vip: isVip ? 1 : 0 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', contactId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Conversations assigned to an away or offline agent that no human has answered yet. */
    async listUnansweredWithAbsentAgents(tenantId: string) {
      return db
        .selectFrom('conversations as c')
        .innerJoin('users as u', 'u.id', 'c.assignee_id')
        .select(['c.id', 'c.assignee_id', 'u.status_changed_at'])
        .where('c.tenant_id', '=', tenantId)
        .where('u.tenant_id', '=', tenantId)
        .where('c.status', '=', 'assigned')
        .where('c.first_reply_at', 'is', null)
        .where('u.status', 'in', ['away', 'offline'])
        .execute();
    },

    /** Tenants with something for the periodic sweep: a queue, or unanswered assigned work. */
    async listTenantsWithWaitingWork(): Promise<string[]> {
      // Per tenant through its (tenant, status) index: a scan of all conversations would grow
      // with every conversation ever held, and the sweep runs every few seconds.
      const rows = await db
        .selectFrom('tenants as t')
        .select('t.id')
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('conversations as c')
                .select('c.id')
                .whereRef('c.tenant_id', '=', 't.id')
                .where('c.status', '=', 'queued'),
            ),
            eb.exists(
              eb
                .selectFrom('conversations as c')
                .select('c.id')
                .whereRef('c.tenant_id', '=', 't.id')
                .where('c.status', '=', 'assigned')
                .where('c.first_reply_at', 'is', null),
            ),
          ]),
        )
        .execute();
      return rows.map((r) => r.id);
    },

    /** Per queue: how many wait and since when (for overflow and the supervisor view). */
    async queueStats(tenantId: string) {
      const rows = await db
        .selectFrom('conversations')
        .select([
          'queue_id',
          (eb) => eb.fn.countAll<string | number>().as('n'),
          (eb) => eb.fn.min('queued_at').as('oldest'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'queued')
        .groupBy('queue_id')
        .execute();
      return rows.map((r) => ({
        queueId: r.queue_id,
        waiting: Number(r.n),
        oldestQueuedAt: r.oldest as string | null,
      }));
    },

    async listQueuedOlderThan(
      tenantId: string,
      queueId: string,
      before: string,
    ): Promise<string[]> {
      const rows = await db
        .selectFrom('conversations')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'queued')
        .where('queue_id', '=', queueId)
        .where('queued_at', '<=', before)
        .execute();
      return rows.map((r) => r.id);
    },

    /** Assigned and unanswered conversations per queue, for SLA counts. */
    async listOpenForSla(tenantId: string) {
      return db
        .selectFrom('conversations')
        .select(['id', 'queue_id', 'queued_at', 'first_reply_at', 'status'])
        .where('tenant_id', '=', tenantId)
        .where('status', 'in', ['queued', 'assigned'])
        .where('first_reply_at', 'is', null)
        .execute();
    },
  };
}

export type RoutingRepository = ReturnType<typeof createRoutingRepository>;
