import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  type Dialect as KyselyDialect,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { startCheckpointer } from './checkpointer.js';
import * as initial from './migrations/0001-initial.js';
import * as channels from './migrations/0002-channels.js';
import * as intents from './migrations/0003-intents.js';
import * as routing from './migrations/0004-routing.js';
import { messageClientIds } from './migrations/0005-message-client-ids.js';
import * as trust from './migrations/0006-trust.js';
import * as deliveryState from './migrations/0008-delivery-state.js';
import * as faqListChoices from './migrations/0010-faq-list-choices.js';
import * as analytics from './migrations/0011-analytics.js';
import * as qaWorkforce from './migrations/0012-qa-workforce.js';
import * as accounts from './migrations/0013-accounts.js';
import * as integrations from './migrations/0014-integrations.js';
import * as calls from './migrations/0015-calls.js';
import * as intentSkills from './migrations/0016-intent-skills.js';
import * as analyticsDays from './migrations/0017-analytics-days.js';
import * as workforceSchedules from './migrations/0018-workforce-schedules.js';
import * as ssoOutsourcers from './migrations/0019-sso-outsourcers.js';
import * as contactsCallbacks from './migrations/0021-contacts-callbacks.js';
import * as widgetTriggers from './migrations/0024-widget-triggers.js';
import * as analyticsVisits from './migrations/0025-analytics-visits.js';
import * as proactive from './migrations/0026-proactive.js';
import * as callQaRisk from './migrations/0027-call-qa-risk.js';
import * as routingOrder from './migrations/0029-routing-order.js';
import * as routingUnclassified from './migrations/0030-routing-unclassified.js';
import * as callReviews from './migrations/0031-call-reviews.js';
import type { Database } from './schema.js';
import { type SqliteWriter, startSqliteWriter } from './sqlite-writer.js';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';
export type DatabaseHandle = { db: Db; dialect: Dialect; close: () => Promise<void> };

/** Commits a main connection's automatic checkpoint would wait for (64 MiB of WAL). */
const AUTOCHECKPOINT_PAGES = 16384;

const writers = new WeakMap<Db, SqliteWriter>();

/**
 * The writer thread of a SQLite database opened here (none on PostgreSQL). Repositories whose
 * hot writes can be expressed as data send them there; see `sqlite-writer.ts`.
 */
export const writerOf = (db: Db): SqliteWriter | undefined => writers.get(db);

/** Migrations live in code (not read from a folder at run time) so the built server carries them. */
export const migrationsFor = (dialect: Dialect): Record<string, Migration> => ({
  '0001-initial': initial,
  '0002-channels': channels,
  '0003-intents': intents,
  '0004-routing': routing,
  '0005-message-client-ids': messageClientIds(dialect),
  '0014-integrations': integrations,
  '0015-calls': calls,
  '0016-intent-skills': intentSkills,
  '0012-qa-workforce': qaWorkforce,
  '0010-faq-list-choices': faqListChoices,
  '0006-trust': trust,
  '0008-delivery-state': deliveryState,
  '0011-analytics': analytics,
  '0013-accounts': accounts,
  '0021-contacts-callbacks': contactsCallbacks,
  '0018-workforce-schedules': workforceSchedules,
  '0019-sso-outsourcers': ssoOutsourcers,
  '0017-analytics-days': analyticsDays,
  '0024-widget-triggers': widgetTriggers,
  '0025-analytics-visits': analyticsVisits,
  '0026-proactive': proactive,
  '0027-call-qa-risk': callQaRisk,
  '0029-routing-order': routingOrder,
  '0030-routing-unclassified': routingUnclassified,
  '0031-call-reviews': callReviews,
});

export type OpenDatabaseOptions = {
  databaseUrl?: string | undefined;
  dataDir: string;
  schema?: string;
  /** Told when SQLite's background checkpointer fails (the next commits then checkpoint). */
  onBackgroundError?: (message: string) => void;
};

/** Opens SQLite in DATA_DIR (WAL, foreign keys on) or PostgreSQL when a URL is given. */
export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    // A separate schema keeps test runs (and side-by-side installations) apart in one database.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    pool.on('connect', keepStatementsPrepared);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = path.join(options.dataDir, 'tsunagi.db');
  keepPrivate(options.dataDir, file);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Deleted rows are overwritten with zeros, so an erased contact's text leaves the file.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints run on a worker thread; commits checkpoint themselves only past 64 MiB of WAL.
  sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(file, options.onBackgroundError);
  const writer = startSqliteWriter(file, {
    autocheckpoint: AUTOCHECKPOINT_PAGES,
    ...(options.onBackgroundError ? { onError: options.onBackgroundError } : {}),
  });
  const statements = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: takingTurnsWith(writer, statements) });
  writers.set(db, writer);
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      // The writer first: groups in flight commit and are answered before anything closes.
      await writer.close();
      await checkpointer.close();
      await db.destroy();
    },
  };
}

/**
 * The database holds every tenant's conversations: only the server's own user may read it.
 * SQLite creates a new file with mode 0644 and gives its -wal and -shm files the database
 * file's mode, so the file is created 0600 before SQLite opens it; an existing installation's
 * files are narrowed at start. The folder is made 0700.
 */
function keepPrivate(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const narrow = (target: string, mode: number) => {
    try {
      fs.chmodSync(target, mode);
    } catch (error) {
      // Absent -wal/-shm files are fine; a folder owned by someone else keeps its mode.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && target === file) throw error;
    }
  };
  narrow(dataDir, 0o700);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const target of [file, `${file}-wal`, `${file}-shm`]) narrow(target, 0o600);
}

/** Statements that only change rows (not the schema, not the connection's settings). */
const isRowWrite = (text: string): boolean => /^\s*(insert|update|delete)\s/i.test(text);
/** BEGIN in any of its forms (Kysely's, or a migration's own BEGIN IMMEDIATE). */
const isBegin = (text: string): boolean => /^\s*begin\b/i.test(text);
/** The end of a transaction (not ROLLBACK TO a savepoint). */
const isEnd = (text: string): boolean =>
  /^\s*(commit|end|rollback)(\s+transaction)?\s*;?\s*$/i.test(text);

/**
 * SQLite's dialect with the main connection's writes taking turns with the writer thread: a
 * transaction (from BEGIN to COMMIT or ROLLBACK), or a single writing statement other than a
 * row write, first waits, without blocking the event loop, until the writer holds no
 * transaction, and holds new writer groups back until it is done. A single row write outside
 * the caller's own transaction runs on the writer thread instead. Reads never wait (WAL).
 */
function takingTurnsWith(writer: SqliteWriter, database: SqliteDatabase): KyselyDialect {
  const dialect = new SqliteDialect({ database });
  const writes = (text: string): boolean =>
    !(database.prepare(text) as unknown as SQLite.Statement).readonly;
  const inner = dialect.createDriver();
  /**
   * Kysely's one SQLite connection, taken (its mutex locked) only by the first statement
   * that runs on it: a row write sent to the writer holds up no one's reads meanwhile.
   */
  type Lazy = DatabaseConnection & { release(): Promise<void> };
  const lazyConnection = (): Lazy => {
    let main: DatabaseConnection | undefined;
    // Only the holder of the connection can be inside its transaction.
    let inTransaction = false;
    const connection = async () => {
      main ??= await inner.acquireConnection();
      return main;
    };
    return {
      async release() {
        if (!main) return;
        const held = main;
        main = undefined;
        await inner.releaseConnection(held);
      },
      async executeQuery(query) {
        // A lone INSERT, UPDATE or DELETE joins the writer's next group: no turn to wait for,
        // and its COMMIT is shared. Also while another caller's transaction holds the main
        // connection: the group then waits for that transaction, as the write would on the
        // main connection, but off the event loop. (A write inside this caller's own
        // transaction belongs to it.)
        if (!inTransaction && writer.isUsable() && isRowWrite(query.sql)) {
          const result = await writer.execute({ sql: query.sql, params: [...query.parameters] });
          return 'rows' in result
            ? { rows: result.rows as never[] }
            : {
                rows: [],
                numAffectedRows: BigInt(result.changes),
                insertId: BigInt(result.lastInsertRowid),
              };
        }
        const held = await connection();
        if (isBegin(query.sql)) {
          await writer.holdMain();
          inTransaction = true;
        } else if (inTransaction && isEnd(query.sql)) {
          try {
            return await held.executeQuery(query);
          } finally {
            inTransaction = false;
            writer.releaseMain();
          }
        } else if (!inTransaction && writes(query.sql)) {
          await writer.holdMain();
          try {
            return await held.executeQuery(query);
          } finally {
            writer.releaseMain();
          }
        }
        try {
          return await held.executeQuery(query);
        } catch (error) {
          // A BEGIN that failed leaves no transaction to end.
          if (isBegin(query.sql)) {
            inTransaction = false;
            writer.releaseMain();
          }
          throw error;
        }
      },
      async *streamQuery(query, chunkSize) {
        yield* (await connection()).streamQuery(query, chunkSize);
      },
    };
  };
  const driver: Driver = {
    init: () => inner.init(),
    acquireConnection: async () => lazyConnection(),
    beginTransaction: (connection, settings) => inner.beginTransaction(connection, settings),
    commitTransaction: (connection) => inner.commitTransaction(connection),
    rollbackTransaction: (connection) => inner.rollbackTransaction(connection),
    releaseConnection: (connection) => (connection as Lazy).release(),
    destroy: () => inner.destroy(),
  };
  if (inner.savepoint) driver.savepoint = inner.savepoint.bind(inner);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) driver.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

/** Distinct statements a PostgreSQL connection keeps prepared; later ones are parsed each time. */
const PREPARED_PER_CONNECTION = 200;

/**
 * Kysely sends every PostgreSQL query unnamed, so the server parses and plans it on every run;
 * for the hot path that is half of the server's CPU per statement. Each connection therefore
 * names the statements it runs (by first use, up to a bound) and the server keeps them
 * prepared. Statements with `*` stay unnamed: a cached `select *` plan fails once a migration
 * adds a column while this node is still running.
 */
function keepStatementsPrepared(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  const names = new Map<string, string>();
  client.query = ((text: unknown, values: unknown) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) {
      return (query as unknown as (...args: unknown[]) => unknown)(text, values);
    }
    let name = names.get(text);
    if (!name && names.size < PREPARED_PER_CONNECTION && !text.includes('*')) {
      name = `tsunagi_${names.size}`;
      names.set(text, name);
    }
    return query(name ? { name, text, values } : { text, values });
  }) as typeof client.query;
}

/**
 * Kysely prepares every query anew; preparing costs as much as running a small one. The hot
 * path has a few dozen distinct statements, so they are kept prepared (bounded, in case of
 * statements with varying IN-lists).
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(text: string) {
      // The writer thread is a second writer: a transaction here that read before writing
      // would fail (SQLITE_BUSY_SNAPSHOT) if the writer committed in between, so transactions
      // take the write lock at BEGIN (after waiting their turn, see `takingTurnsWith`).
      const query = text === 'begin' ? 'begin immediate' : text;
      let statement = cache.get(query);
      if (!statement) {
        statement = sqlite.prepare(query);
        if (cache.size >= 500) cache.clear();
        cache.set(query, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

/** Applies pending migrations; Kysely's migration lock makes concurrent starts safe. */
export async function migrateToLatest(db: Db, dialect: Dialect): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one, so another
  // schema's tables in the same PostgreSQL database would make it skip creating ours.
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  // Each migration only adds its own tables, so a database that has a later one applied
  // before an earlier one (a development database that followed a branch) still upgrades.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(dialect) } satisfies MigrationProvider,
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** Answers whether the database takes queries (readiness). */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
