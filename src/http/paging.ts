import { z } from 'zod';
import { AppError } from '../errors/index.js';

/** One page of a list: at most `limit` rows from `offset`. */
export type Page = { limit: number; offset: number };

/**
 * `?limit=&cursor=` of every list that can grow. Without them a client gets the first page,
 * in the shape it always had; `nextCursor` (null on the last page) asks for the next one.
 */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional().describe('Rows per page'),
  cursor: z.string().max(100).optional().describe('The `nextCursor` of the previous page'),
});

export const nextCursorSchema = z
  .string()
  .nullable()
  .describe('Pass as `cursor` for the next page; null on the last page');

const encode = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

/** The page a query asks for; a cursor this server did not give is refused with 400. */
export function pageFrom(query: z.infer<typeof pageQuery>, defaultLimit: number): Page {
  const limit = query.limit ?? defaultLimit;
  if (query.cursor === undefined) return { limit, offset: 0 };
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(query.cursor, 'base64url').toString('latin1'));
  if (!match?.[1]) throw new AppError('bad_request', 'Invalid cursor');
  return { limit, offset: Number(match[1]) };
}

/**
 * Rows fetched with `limit + 1` (see `fetchPage`): the extra row only tells that another page
 * follows.
 */
export function pageOf<T>(rows: T[], page: Page): { items: T[]; nextCursor: string | null } {
  const hasMore = rows.length > page.limit;
  return {
    items: hasMore ? rows.slice(0, page.limit) : rows,
    nextCursor: hasMore ? encode(page.offset + page.limit) : null,
  };
}

/** What a repository is asked for: one row more than the page, to know whether more follow. */
export const fetchPage = (page: Page) => ({ limit: page.limit + 1, offset: page.offset });
