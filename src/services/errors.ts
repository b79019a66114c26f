import { Prisma } from '../generated/prisma/client';

// Errors the API turns into {"error":{"code","message","details"}} with their HTTP status.
export class RemitError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RemitError';
  }
}

export const notFound = (what: string, ref: string) => new RemitError(404, `${what}_not_found`, `No ${what} with id or externalId "${ref}"`);
export const conflict = (code: string, message: string, details?: unknown) => new RemitError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: unknown) => new RemitError(422, code, message, details);

/** A unique-constraint violation, from either driver adapter. */
export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return true;
  // pglite-prisma-adapter reports the raw PostgreSQL error (SQLSTATE 23505) instead of P2002.
  const e = err as { cause?: { code?: string }; message?: string } | undefined;
  return e?.cause?.code === '23505' || /duplicate key value violates unique constraint/.test(e?.message ?? '');
}
