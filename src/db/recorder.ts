import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Db, Dialect } from './database.js';
import type { PlannedStatement } from './sqlite-writer.js';

/**
 * A Kysely instance that runs nothing: every query is compiled for `dialect` and kept as data
 * (SQL text and parameters), answering no rows, so writes made through it can be shipped to
 * SQLite's writer thread, or left out of a transaction when there are none. Only for writes
 * whose result is not read. Kysely is built on first use, so a caller that writes nothing
 * pays for nothing.
 */
export function createRecorder(dialect: Dialect): { db: Db; statements: PlannedStatement[] } {
  const statements: PlannedStatement[] = [];
  const connection: DatabaseConnection = {
    async executeQuery(query) {
      statements.push({ sql: query.sql, params: [...query.parameters] });
      return { rows: [] };
    },
    async *streamQuery() {},
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  let real: Db | undefined;
  const build = (): Db =>
    new Kysely({
      dialect:
        dialect === 'sqlite'
          ? {
              createAdapter: () => new SqliteAdapter(),
              createDriver: () => driver,
              createIntrospector: (db) => new SqliteIntrospector(db),
              createQueryCompiler: () => new SqliteQueryCompiler(),
            }
          : {
              createAdapter: () => new PostgresAdapter(),
              createDriver: () => driver,
              createIntrospector: (db) => new PostgresIntrospector(db),
              createQueryCompiler: () => new PostgresQueryCompiler(),
            },
    });
  const db = new Proxy({} as Db, {
    get(_, property) {
      real ??= build();
      const value = Reflect.get(real, property, real) as unknown;
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
  return { db, statements };
}
