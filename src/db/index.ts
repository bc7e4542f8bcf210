export {
  type DatabaseHandle,
  type Db,
  type Dialect,
  migrateToLatest,
  openDatabase,
  pingDatabase,
  writerOf,
} from './database.js';
export { createGroupCommit } from './group-commit.js';
export { createRecorder } from './recorder.js';
export type * from './schema.js';
export type { PlannedStatement, PlanOutcome, SqliteWriter, WritePlan } from './sqlite-writer.js';
export { isUniqueViolation } from './unique-violation.js';
