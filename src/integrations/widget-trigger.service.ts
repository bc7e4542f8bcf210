import type { EventBus } from '../bus/index.js';
import { createTenantCache } from '../cache/index.js';
import type { WidgetTriggerRepository } from './widget-trigger.repository.js';
import { fitsUrl, inQuietHours, localTime, type WidgetTrigger } from './widget-trigger-rules.js';

/** Daily show counters older than this are dropped, at most once an hour per process. */
const KEEP_SHOWS_MS = 3 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

export type TriggerDecision =
  | { show: true; message: WidgetTrigger['message'] }
  | { show: false; reason: 'unknown' | 'url' | 'quiet_hours' | 'limit' };

/**
 * Proactive widget triggers: the list (read on every widget page load, so kept per tenant until
 * it changes on any node) and the server's say on whether a rule may show to a visitor now.
 */
export function createWidgetTriggerService(deps: {
  repository: WidgetTriggerRepository;
  /** Carries list changes to every node; without it the lists are kept for this process only. */
  bus?: EventBus | undefined;
  /** The tenant's time zone (its routing settings'), for quiet hours and the limit's day. */
  timeZoneOf: (tenantId: string) => Promise<string>;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  // Each tenant's rules, kept until they change (here or on another node).
  const kept = createTenantCache({
    name: 'widget.triggers',
    load: async (tenantId) => Object.freeze(await deps.repository.list(tenantId)),
    bus: deps.bus,
    now,
  });
  const list = (tenantId: string): Promise<readonly WidgetTrigger[]> => kept.get(tenantId);
  let prunedAt = 0;

  return {
    /** Every rule, enabled or not (a copy). */
    list: async (tenantId: string): Promise<WidgetTrigger[]> => [...(await list(tenantId))],
    /** The enabled rules, kept: read-only. */
    async enabled(tenantId: string): Promise<WidgetTrigger[]> {
      return (await list(tenantId)).filter((t) => t.enabled);
    },
    async put(tenantId: string, rules: readonly WidgetTrigger[]): Promise<WidgetTrigger[]> {
      await deps.repository.put(tenantId, rules);
      kept.changed(tenantId);
      return [...(await list(tenantId))];
    },

    /**
     * Whether the rule may show to this visitor on this page now; a yes is counted against the
     * visitor's limit (a rule without one shows at most once a day, as the widget also keeps).
     */
    async decide(
      tenantId: string,
      input: { triggerId: string; visitorId: string; url: string },
    ): Promise<TriggerDecision> {
      const trigger = (await list(tenantId)).find((t) => t.id === input.triggerId && t.enabled);
      if (!trigger) return { show: false, reason: 'unknown' };
      if (!fitsUrl(trigger, input.url)) return { show: false, reason: 'url' };
      const at = now();
      const local = localTime(at, await deps.timeZoneOf(tenantId));
      if (trigger.quietHours && inQuietHours(trigger.quietHours, local.minutes)) {
        return { show: false, reason: 'quiet_hours' };
      }
      const once = trigger.visitorLimit?.once === true;
      const counted = await deps.repository.countShow({
        tenantId,
        triggerId: trigger.id,
        visitorId: input.visitorId,
        period: once ? 'ever' : local.day,
        max: once ? 1 : (trigger.visitorLimit?.perDay ?? 1),
        at: new Date(at).toISOString(),
      });
      if (at - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = at;
        await deps.repository.pruneShows(new Date(at - KEEP_SHOWS_MS).toISOString());
      }
      return counted ? { show: true, message: trigger.message } : { show: false, reason: 'limit' };
    },
  };
}

export type WidgetTriggerService = ReturnType<typeof createWidgetTriggerService>;
