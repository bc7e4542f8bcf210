import { CompiledQuery, type Transaction } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';
import type { PlanOutcome, SqliteWriter, WritePlan } from './sqlite-writer.js';

type Job<Q> = {
  work: (queries: Q) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

const savepoint = CompiledQuery.raw('savepoint turn');
const release = CompiledQuery.raw('release turn');
const rollbackTo = CompiledQuery.raw('rollback to turn');

/** Jobs in one transaction at most, so a burst still commits (and answers) in slices. */
const MAX_BATCH = 256;

/**
 * Group commit for SQLite: transactions asked for while the event loop is busy (the same
 * tick, or while the previous group is being written) run one after another inside one
 * database transaction, each in its own savepoint, and share one COMMIT. SQLite has one
 * writer and pays most of a small transaction's cost at COMMIT (writing the changed pages to
 * the WAL), so a group costs about what one transaction did.
 *
 * Every caller is answered only after the COMMIT that holds its work: a job that throws is
 * rolled back to its savepoint and rejected alone, the others still commit; when the COMMIT
 * itself fails, every job of the group is rejected and none of its work is kept.
 *
 * With a `writer` (the SQLite writer thread), writes expressed as data (`write(plan)`) go to
 * that thread, which groups them the same way and runs them beside the event loop; closures
 * still run here, taking turns with the writer for the write lock.
 */
export function createGroupCommit<Q>(
  db: Db,
  queriesOf: (trx: Transaction<Database>) => Q,
  writer?: SqliteWriter,
) {
  let pending: Job<Q>[] = [];
  let isScheduled = false;
  let isRunning = false;

  // Closures and the writer's groups never hold the write lock together: the main connection
  // takes turns with the writer (see `takingTurnsWith` in database.ts).
  const canRunClosures = () => pending.length > 0 && !isRunning;

  const schedule = () => {
    if (isScheduled || !canRunClosures()) return;
    isScheduled = true;
    setImmediate(flush);
  };

  async function flush() {
    isScheduled = false;
    if (!canRunClosures()) return;
    isRunning = true;
    const jobs = pending.slice(0, MAX_BATCH);
    pending = pending.slice(jobs.length);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        const queries = queriesOf(trx);
        for (const job of jobs) {
          await trx.executeQuery(savepoint);
          try {
            const value = await job.work(queries);
            await trx.executeQuery(release);
            outcomes.push({ ok: true, value });
          } catch (error) {
            // A failure here (the savepoint gone with the transaction) fails the whole group.
            await trx.executeQuery(rollbackTo);
            await trx.executeQuery(release);
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // Nothing of the group is stored: every job fails, none is acknowledged.
      outcomes.length = 0;
      for (const _ of jobs) outcomes.push({ ok: false, error });
    }
    isRunning = false;
    jobs.forEach((job, i) => {
      const outcome = outcomes[i] as (typeof outcomes)[number];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
    schedule();
  }

  function transaction<T>(work: (queries: Q) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
  }

  /** Runs a plan on the writer thread in its next group; resolves after its COMMIT. */
  function write(plan: WritePlan): Promise<PlanOutcome> {
    return writer ? writer.write(plan) : Promise.reject(new Error('No writer thread'));
  }

  return Object.assign(transaction, { write });
}
