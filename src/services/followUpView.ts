// The follow-up as its workflow last published it (the FollowUpView table): written by the
// invoice's creation and by the workflow's activities, read by GET /v1/invoices/:id.
import { Prisma } from '../generated/prisma/client';
import type { FollowUpState } from '../../workflows/definitions';

/** The statement that stores a view; also a part of a larger statement (a CTE), where a round trip counts. */
export function viewUpsert(invoiceId: string, state: FollowUpState): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "FollowUpView" ("invoiceId", state, "updatedAt") VALUES (${invoiceId}::uuid, ${JSON.stringify(state)}::jsonb, ${new Date()})
    ON CONFLICT ("invoiceId") DO UPDATE SET state = EXCLUDED.state, "updatedAt" = EXCLUDED."updatedAt"`;
}
