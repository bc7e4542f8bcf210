/**
 * Which operator skills a conversation needs, from the intent the bot recognised. Routing
 * reads it through these two functions only, so the bot's side and routing's side stay apart.
 *
 * The map is the tenant's: intent → skills. A namespaced intent (`billing/refund`) falls back
 * to its namespace's entry (`billing/*`, then `billing`) when it has none of its own.
 */
export type IntentSkillMap = Readonly<Record<string, readonly string[]>>;

export function skillsForIntent(map: IntentSkillMap, intent: string | null): string[] {
  if (!intent) return [];
  const own = map[intent];
  if (own) return [...own];
  const parts = intent.split('/');
  for (let end = parts.length - 1; end > 0; end--) {
    const namespace = parts.slice(0, end).join('/');
    const found = map[`${namespace}/*`] ?? map[namespace];
    if (found) return [...found];
  }
  return [];
}

/** The intent on a conversation's handoff card (the trained classifier's, or the FAQ category). */
export function handoffIntent(conversation: { handoff: { intent: string | null } | null }) {
  return conversation.handoff?.intent ?? null;
}
