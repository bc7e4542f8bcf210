export {
  type DatabaseHandle,
  type Db,
  type Dialect,
  migrateToLatest,
  openDatabase,
  pingDatabase,
} from './database.js';
export { createGroupCommit } from './group-commit.js';
export type * from './schema.js';
