import { type Candidate, isLanguageRequired, type RoutingNeed, rankOf } from './choose-agent.js';

/** Agents with a free slot at one index key, grouped by score (lower is better). */
class ScoreBuckets {
  readonly #byScore = new Map<number, Set<string>>();
  /** Scores present, ascending. Few distinct values (load × free), so splicing is cheap. */
  readonly #scores: number[] = [];

  add(score: number, id: string): void {
    let set = this.#byScore.get(score);
    if (!set) {
      set = new Set();
      this.#byScore.set(score, set);
      let lo = 0;
      let hi = this.#scores.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.#scores[mid] ?? 0) < score) lo = mid + 1;
        else hi = mid;
      }
      this.#scores.splice(lo, 0, score);
    }
    set.add(id);
  }

  delete(score: number, id: string): void {
    const set = this.#byScore.get(score);
    if (!set?.delete(id) || set.size > 0) return;
    this.#byScore.delete(score);
    const at = this.#scores.indexOf(score);
    if (at >= 0) this.#scores.splice(at, 1);
  }

  /** The first id (best score first) that passes `accept`. */
  find(accept: (id: string) => boolean): string | undefined {
    for (const score of this.#scores) {
      for (const id of this.#byScore.get(score) ?? []) if (accept(id)) return id;
    }
    return undefined;
  }
}

const SENIOR = '|senior';
/** Least load first, then most free capacity (capacity is bounded well below this). */
const scoreOf = (c: Candidate) => c.load * 4096 + (4095 - (c.maxConcurrent - c.load));

/**
 * The online agents of one tenant, indexed so a routing decision looks only at agents who
 * could take the conversation instead of scanning all of them: one bucket per language, per
 * skill and per language+skill (each also for seniors only), ordered by load. Kept current by
 * the router after each assignment and rebuilt from the database when events say it is stale.
 */
export class CandidatePool {
  readonly #agents = new Map<string, { candidate: Candidate; keys: string[]; score: number }>();
  readonly #index = new Map<string, ScoreBuckets>();

  static from(candidates: Iterable<Candidate>): CandidatePool {
    const pool = new CandidatePool();
    for (const c of candidates) pool.upsert(c);
    return pool;
  }

  get size(): number {
    return this.#agents.size;
  }

  /** Some agent has a free slot. */
  get hasRoom(): boolean {
    return this.freeSlots > 0;
  }

  /** Free slots across the agents (conversations they could still take). */
  get freeSlots(): number {
    let free = 0;
    for (const { candidate } of this.#agents.values()) {
      free += Math.max(0, candidate.maxConcurrent - candidate.load);
    }
    return free;
  }

  get(id: string): Candidate | undefined {
    return this.#agents.get(id)?.candidate;
  }

  upsert(candidate: Candidate): void {
    this.remove(candidate.id);
    const bases = ['*', ...candidate.languages.map((l) => `l:${l}`)];
    const keys = [...bases, ...bases.flatMap((b) => candidate.skills.map((s) => `${b}|s:${s}`))];
    if (candidate.level === 'senior') keys.push(...keys.map((k) => k + SENIOR));
    const entry = { candidate: { ...candidate }, keys, score: scoreOf(candidate) };
    this.#agents.set(candidate.id, entry);
    if (candidate.load < candidate.maxConcurrent) this.#place(entry, true);
  }

  remove(id: string): void {
    const entry = this.#agents.get(id);
    if (!entry) return;
    this.#place(entry, false);
    this.#agents.delete(id);
  }

  /** Records a changed load (an assignment made or released). */
  setLoad(id: string, load: number): void {
    const entry = this.#agents.get(id);
    if (entry) this.upsert({ ...entry.candidate, load });
  }

  pick(need: RoutingNeed): Candidate | undefined {
    // Tiers in rank order: the language, then (unless required) anyone; within each, the
    // preferred skill first; within that, seniors first when asked for.
    const languageBase = need.language !== null ? `l:${need.language}` : undefined;
    const bases = !languageBase
      ? ['*']
      : isLanguageRequired(need)
        ? [languageBase]
        : [languageBase, '*'];
    // The rarest-looking key would be better; the first required skill is a good, cheap proxy.
    const required = need.skills[0];
    const preferred = need.preferredSkill || undefined;
    const skillKeys = [
      ...(preferred !== undefined ? [preferred] : []),
      ...(required !== undefined ? [required] : [undefined]),
    ];
    const accept = (agentId: string) => {
      const c = this.#agents.get(agentId)?.candidate;
      return c !== undefined && rankOf(c, need) !== undefined;
    };
    for (const base of bases) {
      for (const skill of skillKeys) {
        const key = skill === undefined ? base : `${base}|s:${skill}`;
        for (const suffix of need.preferSenior ? [SENIOR, ''] : ['']) {
          const id = this.#index.get(key + suffix)?.find(accept);
          if (id) return this.#agents.get(id)?.candidate;
        }
      }
    }
    return undefined;
  }

  #place(entry: { keys: string[]; score: number; candidate: Candidate }, isAdd: boolean): void {
    for (const key of entry.keys) {
      let buckets = this.#index.get(key);
      if (!buckets) {
        if (!isAdd) continue;
        buckets = new ScoreBuckets();
        this.#index.set(key, buckets);
      }
      if (isAdd) buckets.add(entry.score, entry.candidate.id);
      else buckets.delete(entry.score, entry.candidate.id);
    }
  }
}
