import type { UnansweredQuestion, UnansweredRepository } from './unanswered.repository.js';

/**
 * Unanswered questions written together: every question recorded in the same turn of the
 * event loop goes into one insert, and each caller is answered once its question is stored.
 * A conversation repeating itself word for word in that turn is kept once. Never rejects.
 */
export function createUnansweredBatch(
  repository: Pick<UnansweredRepository, 'insertMany'> | undefined,
  onError: (error: unknown) => void,
) {
  let pending: UnansweredQuestion[] = [];
  let seen = new Set<string>();
  let flushed: Promise<void> | undefined;

  const flush = async () => {
    const questions = pending;
    pending = [];
    seen = new Set();
    flushed = undefined;
    try {
      await repository?.insertMany(questions);
    } catch (error) {
      onError(error);
    }
  };

  return {
    add(question: UnansweredQuestion): Promise<void> {
      if (!repository) return Promise.resolve();
      const key = `${question.tenantId}\u0000${question.conversationId ?? ''}\u0000${question.text}`;
      if (!seen.has(key)) {
        seen.add(key);
        pending.push(question);
      }
      flushed ??= new Promise<void>((resolve) => setImmediate(resolve)).then(flush);
      return flushed;
    },
  };
}
