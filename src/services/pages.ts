// Keyset pagination for the lists (conversations, invoices): a page ends with an opaque cursor
// naming its last row by (sort time, id), so rows that arrive meanwhile neither repeat nor vanish.
import { RemitError } from './errors';

export interface PageKey {
  at: Date;
  id: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A page size as the query string carries it (digits, checked by the route), or the default. */
export const pageSize = (limit: string | undefined): number => (limit ? Number(limit) : DEFAULT_PAGE_SIZE);

export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.id])).toString('base64url');
}

/** The key a cursor names; a cursor that is not one of ours is a 400, not an empty page. */
export function decodeCursor(cursor: string | undefined): PageKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/.test(id)) return { at: new Date(at), id };
  } catch {
    // fall through
  }
  throw notOurs();
}

const notOurs = () => new RemitError(400, 'validation_failed', 'cursor: not a cursor this API returned', [{ field: 'cursor', message: 'not a cursor this API returned' }]);

/** A cursor for a list ranked by a decimal (tasks by priority): its last row's rank and id. */
export function encodeRankCursor(rank: string, id: string): string {
  return Buffer.from(JSON.stringify([rank, id])).toString('base64url');
}

export function decodeRankCursor(cursor: string | undefined): { rank: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [rank, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof rank === 'string' && /^\d{1,30}(\.\d{1,4})?$/.test(rank) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) return { rank, id };
  } catch {
    // fall through
  }
  throw notOurs();
}

/** A page of `limit` rows from `limit + 1` fetched: the extra row only says there is more. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => PageKey) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
