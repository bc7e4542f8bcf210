export {
  type DatabaseHandle,
  type Db,
  type Dialect,
  migrateToLatest,
  openDatabase,
  pingDatabase,
} from './database.js';
export type * from './schema.js';
