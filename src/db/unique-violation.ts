/** A unique or primary-key constraint refused the write, on either database. */
export const isUniqueViolation = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
};
