import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One statement as data: fixed SQL text and its parameters (plain values only). */
export type PlannedStatement = { sql: string; params: unknown[] };

/**
 * A write expressed as data, so it can run on the writer thread: the `guard` query must find
 * a row equal to `expect` (column by column, in order), else nothing is written and the plan
 * answers `missing` (no row) or `stale` (the row changed since the caller read it); then the
 * `steps` run in order.
 */
export type WritePlan = {
  guard: PlannedStatement & { expect: unknown[] };
  steps: PlannedStatement[];
};

export type PlanOutcome =
  | { status: 'ok'; result?: StatementResult }
  | { status: 'missing' }
  | { status: 'stale' }
  | { status: 'error'; error: Error };

/** What one writing statement gave: its RETURNING rows, or how many rows it changed. */
export type StatementResult = { rows: unknown[] } | { changes: number; lastInsertRowid: number };

/** One writing statement as its own plan: no guard, and its result comes back. */
type StatementPlan = { statement: PlannedStatement };

type WireError = { message: string; code?: string };
type WireOutcome =
  | { status: 'ok'; result?: StatementResult }
  | { status: 'missing' }
  | { status: 'stale' }
  | { status: 'error'; error: WireError };
type Reply = { id: number; outcomes?: WireOutcome[]; error?: WireError };

/**
 * The writer's code, run as a worker thread (inline, so the built server and the tests under
 * tsx load it the same way). One message is one group: the plans run one after another in one
 * transaction, each in its own savepoint, and share one COMMIT; the reply is posted only after
 * that COMMIT returned. A plan that fails is rolled back to its savepoint alone; a failed
 * COMMIT (or a savepoint gone with the transaction) fails the whole group.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');
db.pragma('synchronous = NORMAL');
// Deleted rows are overwritten with zeros, so an erased contact's text leaves the file.
db.pragma('secure_delete = ON');
db.pragma('wal_autocheckpoint = ' + workerData.autocheckpoint);
const cache = new Map();
const prepare = (sql) => {
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (cache.size >= 200) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
};
const guards = new Map();
const prepareGuard = (sql) => {
  let statement = guards.get(sql);
  if (!statement) {
    statement = db.prepare(sql).raw(true);
    if (guards.size >= 50) guards.clear();
    guards.set(sql, statement);
  }
  return statement;
};
const begin = db.prepare('begin immediate');
const commit = db.prepare('commit');
const rollback = db.prepare('rollback');
const savepoint = db.prepare('savepoint plan');
const release = db.prepare('release plan');
const rollbackTo = db.prepare('rollback to plan');
const wire = (error) => ({
  message: String((error && error.message) || error),
  ...(error && typeof error.code === 'string' ? { code: error.code } : {}),
});
const texts = [];
const runStatement = ({ sql, params }) => {
  const statement = prepare(texts[sql]);
  if (statement.reader) return { rows: statement.all(...params) };
  const { changes, lastInsertRowid } = statement.run(...params);
  return { changes, lastInsertRowid: Number(lastInsertRowid) };
};
const runPlan = (plan) => {
  if (plan.statement) return { status: 'ok', result: runStatement(plan.statement) };
  const row = prepareGuard(texts[plan.guard.sql]).get(...plan.guard.params);
  if (!row) return { status: 'missing' };
  const expect = plan.guard.expect;
  for (let i = 0; i < expect.length; i++) if (row[i] !== expect[i]) return { status: 'stale' };
  for (const step of plan.steps) runStatement(step);
  return { status: 'ok' };
};
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  for (const [id, text] of message.texts) texts[id] = text;
  const outcomes = [];
  try {
    begin.run();
    for (const plan of message.plans) {
      savepoint.run();
      try {
        outcomes.push(runPlan(plan));
        release.run();
      } catch (error) {
        rollbackTo.run();
        release.run();
        outcomes.push({ status: 'error', error: wire(error) });
      }
    }
    commit.run();
  } catch (error) {
    if (db.inTransaction) {
      try { rollback.run(); } catch {}
    }
    parentPort.postMessage({ id: message.id, error: wire(error) });
    return;
  }
  parentPort.postMessage({ id: message.id, outcomes });
});
`;

export type SqliteWriter = {
  /**
   * Runs a plan in the writer's next group (one transaction, one COMMIT, shared by what is
   * asked for in the same tick); resolves with its outcome after that COMMIT.
   */
  write(plan: WritePlan): Promise<PlanOutcome>;
  /**
   * Runs one writing statement in the next group, the same way; resolves with its result
   * after the COMMIT, rejects with its error alone.
   */
  execute(statement: PlannedStatement): Promise<StatementResult>;
  /** False once closed or stopped; callers then write on the main connection instead. */
  isUsable(): boolean;
  /**
   * For a write on the main connection: resolves once the writer holds no transaction, and
   * keeps new groups back until `releaseMain`. The write then never meets the writer's lock,
   * which SQLite would wait for by sleeping with the event loop stopped.
   */
  holdMain(): Promise<void>;
  releaseMain(): void;
  /** Lets groups already sent finish, then closes the writer's connection. */
  close(): Promise<void>;
};

/** Distinct SQL texts numbered before the numbering starts over. */
const MAX_TEXTS = 1000;

/** Plans in one group at most, so a burst still commits (and answers) in slices. */
const MAX_BATCH = 256;

/**
 * Groups sent to the writer thread and not yet answered: the next group is gathered and sent
 * while the writer commits the previous one, so the event loop does not wait for the writer
 * (the writer runs them in order, each with its own COMMIT).
 */
const MAX_GROUPS_IN_FLIGHT = 2;

const toError = (wire: WireError): Error =>
  Object.assign(new Error(wire.message), wire.code ? { code: wire.code } : {});

/**
 * A worker thread owning a second SQLite connection for the hot path's writes, so statements
 * and COMMIT run beside the event loop instead of on it. Commits are as durable as on the main
 * connection (same file, WAL, `synchronous = NORMAL`), and a caller is answered only after the
 * COMMIT holding its plan has returned, so a read on the main connection afterwards sees it.
 */
export function startSqliteWriter(
  file: string,
  options: { autocheckpoint: number; onError?: (message: string) => void },
): SqliteWriter {
  const worker = new Worker(workerSource, {
    eval: true,
    execArgv: [],
    workerData: {
      file,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      autocheckpoint: options.autocheckpoint,
    },
  });
  worker.unref();
  const inFlight = new Map<
    number,
    { resolve: (outcomes: PlanOutcome[]) => void; reject: (error: unknown) => void }
  >();
  let nextId = 1;
  let isClosed = false;
  // SQL texts cross to the writer once (until numbering starts over); plans then carry their
  // number (less to copy).
  const textIds = new Map<string, number>();
  let newTexts: [number, string][] = [];
  const textId = (text: string): number => {
    let id = textIds.get(text);
    if (id === undefined) {
      id = textIds.size;
      textIds.set(text, id);
      newTexts.push([id, text]);
    }
    return id;
  };
  let failure: Error | undefined;
  // The main connection's turn: waiting writes get it when no group is in flight; groups
  // asked for meanwhile are posted once it is released.
  let mainHolds = false;
  const mainWaiting: (() => void)[] = [];
  let heldBack: (() => void)[] = [];
  const pump = () => {
    if (mainHolds) return;
    if (mainWaiting.length > 0) {
      // The main connection's turn comes once the writer's groups are answered.
      if (inFlight.size > 0 && !failure && !isClosed) return;
      mainHolds = true;
      mainWaiting.shift()?.();
      return;
    }
    const posts = heldBack;
    heldBack = [];
    for (const post of posts) post();
  };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const failAll = (error: Error) => {
    failure = error;
    for (const { reject } of inFlight.values()) reject(error);
    inFlight.clear();
    pump();
  };
  worker.on('message', (reply: Reply) => {
    const waiter = inFlight.get(reply.id);
    if (!waiter) return;
    inFlight.delete(reply.id);
    if (inFlight.size === 0) {
      worker.unref();
      pump();
    }
    if (reply.error) {
      waiter.reject(toError(reply.error));
      return;
    }
    waiter.resolve(
      (reply.outcomes ?? []).map((o) =>
        o.status === 'error' ? { status: 'error', error: toError(o.error) } : o,
      ),
    );
  });
  worker.on('error', (error) => {
    options.onError?.(String(error));
    failAll(error instanceof Error ? error : new Error(String(error)));
  });
  worker.once('exit', () => failAll(failure ?? new Error('The SQLite writer stopped')));

  const send = (plans: (WritePlan | StatementPlan)[]): Promise<PlanOutcome[]> => {
    if (isClosed || failure) {
      return Promise.reject(failure ?? new Error('The SQLite writer is closed'));
    }
    return new Promise((resolve, reject) => {
      if (mainHolds || mainWaiting.length > 0) {
        heldBack.push(() => send(plans).then(resolve, reject));
        return;
      }
      const id = nextId++;
      inFlight.set(id, { resolve, reject });
      // Referenced while a group is in flight, so the process waits for its answer.
      worker.ref();
      // Lone writes bring texts of many shapes (IN lists, multi-row inserts): numbering starts
      // over now and then, between groups, so neither thread keeps them all. The writer
      // handles groups in order, and a text crosses again with the first group that uses it.
      if (textIds.size >= MAX_TEXTS) textIds.clear();
      const wire = ({ sql, params }: PlannedStatement) => ({ sql: textId(sql), params });
      const wirePlans = plans.map((plan) =>
        'statement' in plan
          ? { statement: wire(plan.statement) }
          : {
              guard: { ...wire(plan.guard), expect: plan.guard.expect },
              steps: plan.steps.map(wire),
            },
      );
      worker.postMessage({ id, plans: wirePlans, texts: newTexts });
      newTexts = [];
    });
  };

  // Plans asked for while the writer is busy (the same tick, or while two groups are in
  // flight) go together as the next group.
  let queued: {
    plan: WritePlan | StatementPlan;
    resolve: (outcome: PlanOutcome) => void;
    reject: (error: unknown) => void;
  }[] = [];
  let groupsInFlight = 0;
  let isScheduled = false;
  const sendQueued = (force = false) => {
    isScheduled = false;
    while (queued.length > 0 && (force || groupsInFlight < MAX_GROUPS_IN_FLIGHT)) {
      const group = queued.slice(0, MAX_BATCH);
      queued = queued.slice(group.length);
      groupsInFlight++;
      send(group.map((job) => job.plan)).then(
        (outcomes) => {
          groupsInFlight--;
          group.forEach((job, i) => {
            job.resolve(outcomes[i] as PlanOutcome);
          });
          schedule();
        },
        (error: unknown) => {
          groupsInFlight--;
          // Nothing of the group is stored: every plan fails, none is acknowledged.
          for (const job of group) job.reject(error);
          schedule();
        },
      );
    }
  };
  const schedule = () => {
    if (isScheduled || queued.length === 0 || groupsInFlight >= MAX_GROUPS_IN_FLIGHT) return;
    isScheduled = true;
    setImmediate(sendQueued);
  };
  const enqueue = (plan: WritePlan | StatementPlan) =>
    new Promise<PlanOutcome>((resolve, reject) => {
      queued.push({ plan, resolve, reject });
      schedule();
    });

  let closing: Promise<void> | undefined;
  const writer: SqliteWriter = {
    isUsable: () => !isClosed && !failure,
    holdMain() {
      return new Promise<void>((resolve) => {
        mainWaiting.push(resolve);
        pump();
      });
    },
    releaseMain() {
      mainHolds = false;
      pump();
    },
    write: (plan) => enqueue(plan),
    async execute(statement) {
      const outcome = await enqueue({ statement });
      if (outcome.status === 'error') throw outcome.error;
      if (outcome.status !== 'ok' || !outcome.result) throw new Error('No result');
      return outcome.result;
    },
    close() {
      closing ??= (async () => {
        sendQueued(true); // asked for before the close: they are written, then answered
        isClosed = true;
        await Promise.allSettled(
          [...inFlight.values()].map(
            (waiter) =>
              new Promise<void>((settled) => {
                const { resolve, reject } = waiter;
                waiter.resolve = (v) => {
                  resolve(v);
                  settled();
                };
                waiter.reject = (e) => {
                  reject(e);
                  settled();
                };
              }),
          ),
        );
        worker.postMessage('stop');
        const timeout = setTimeout(() => void worker.terminate(), 5000);
        await exited;
        clearTimeout(timeout);
      })();
      return closing;
    },
  };
  return writer;
}
