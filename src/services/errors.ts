import { Prisma } from '../generated/prisma/client';

/** One problem with one field of a request (`field` is a dotted path, or "(body)"). */
export interface FieldIssue {
  field: string;
  message: string;
}

// Errors the API turns into {"error":{"code","message","details"}} with their HTTP status.
// `details`, when present, always lists the fields at fault, whatever the status.
export class RemitError extends Error {
  readonly details?: FieldIssue[];

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    details?: FieldIssue[] | { field: string },
  ) {
    super(message);
    this.name = 'RemitError';
    if (details !== undefined) this.details = Array.isArray(details) ? details : [{ field: details.field, message }];
  }
}

export const notFound = (what: string, ref: string) => new RemitError(404, `${what}_not_found`, `No ${what} with id or externalId "${ref}"`);
export const conflict = (code: string, message: string, details?: FieldIssue[] | { field: string }) => new RemitError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: FieldIssue[] | { field: string }) => new RemitError(422, code, message, details);

/**
 * PostgreSQL chose this transaction as a deadlock's victim (SQLSTATE 40P01) or could not
 * serialize it (40001): nothing of it committed, and running it again is the documented remedy.
 * Prisma reports it as P2034, or passes the driver's error through.
 */
export function isTransactionConflict(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2034') return true;
  const e = err as { code?: string; cause?: { code?: string; originalCode?: string }; message?: string } | undefined;
  const code = e?.cause?.originalCode ?? e?.cause?.code ?? e?.code;
  return code === '40P01' || code === '40001' || /deadlock detected|could not serialize access/.test(e?.message ?? '');
}

/** A unique-constraint violation: Prisma's P2002, or the raw PostgreSQL error (SQLSTATE 23505) of a raw statement. */
export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return true;
  const e = err as { cause?: { code?: string }; message?: string } | undefined;
  return e?.cause?.code === '23505' || /duplicate key value violates unique constraint/.test(e?.message ?? '');
}
