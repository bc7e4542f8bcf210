export type AgentLevel = 'new' | 'regular' | 'senior';
export const agentLevels = ['new', 'regular', 'senior'] as const;

export type Candidate = {
  id: string;
  languages: readonly string[];
  skills: readonly string[];
  level: AgentLevel;
  maxConcurrent: number;
  load: number;
};

/** What one waiting conversation needs from an agent. */
export type RoutingNeed = {
  language: string | null;
  /** The queue's skills: an agent must have all of them. */
  skills: readonly string[];
  /** A first-time customer goes to a senior agent when one is free. */
  preferSenior: boolean;
  /**
   * What the conversation is about (the handoff card's intent, the FAQ category): an agent
   * with a skill of that name is preferred among those who speak the language.
   */
  preferredSkill?: string | null | undefined;
  /**
   * A queue serving this language, before its overflow time: only agents who speak it. The
   * conversation waits for one rather than going to someone who cannot read it.
   */
  requiresLanguage?: boolean | undefined;
};

/** Whether only speakers of the language may take it (a language-matched queue waits for one). */
export const isLanguageRequired = (need: RoutingNeed): boolean =>
  Boolean(need.requiresLanguage) && need.language !== null;

/**
 * How good an agent is for a need, best first: speaks the language, then has the skill the
 * conversation is about, then (for a first-time customer) is senior, then the least load,
 * then the most free capacity. Undefined when the agent cannot take it (full, missing a
 * required skill, or not speaking a required language).
 */
export function rankOf(
  c: Candidate,
  need: RoutingNeed,
): [number, number, number, number, number] | undefined {
  const free = c.maxConcurrent - c.load;
  if (free <= 0) return undefined;
  for (const skill of need.skills) if (!c.skills.includes(skill)) return undefined;
  const speaks = need.language !== null && c.languages.includes(need.language) ? 1 : 0;
  if (!speaks && isLanguageRequired(need)) return undefined;
  const skilled = need.preferredSkill && c.skills.includes(need.preferredSkill) ? 1 : 0;
  const senior = need.preferSenior && c.level === 'senior' ? 1 : 0;
  return [speaks, skilled, senior, -c.load, free];
}

export const compareRank = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/**
 * Picks the agent for one conversation by scanning every candidate. The router uses the
 * indexed `CandidatePool`; this scan is its reference (tests) and baseline (benchmark).
 */
export function chooseAgent(
  candidates: readonly Candidate[],
  need: RoutingNeed,
): Candidate | undefined {
  let best: Candidate | undefined;
  let bestRank: number[] | undefined;
  for (const c of candidates) {
    const rank = rankOf(c, need);
    if (rank && (!bestRank || compareRank(rank, bestRank) > 0)) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}
