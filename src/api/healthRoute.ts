// GET /healthz: can Remit reach its database and Temporal, and what is waiting.
import { z } from 'zod';
import { route, type RouteSpec } from './routes';
import { Health } from './schemas';
import type { ApiDeps } from './deps';

export function healthRoute(deps: ApiDeps): RouteSpec<z.ZodType | undefined> {
  return route({
    method: 'get', path: '/healthz', tag: 'operations', auth: 'none', summary: 'Database and Temporal reachability',
    responses: { 200: { description: 'All reachable', schema: Health }, 503: { description: 'Something is unreachable', schema: Health } },
    handler: async () => {
      const [db, temporal] = await Promise.all([
        deps.database.prisma.$queryRaw`SELECT 1`.then(
          () => ({ ok: true }),
          (e: Error) => ({ ok: false, error: e.message.slice(0, 200) }),
        ),
        deps.calls
          .withDeadline(deps.client, 2000, () => deps.client.workflowService.getSystemInfo({}))
          .then(
            () => ({ ok: true }),
            (e: Error) => ({ ok: false, error: e.message.slice(0, 200) }),
          ),
      ]);
      const pendingCommands = db.ok ? await deps.database.prisma.workflowCommand.count({ where: { status: 'pending' } }).catch(() => undefined) : undefined;
      const unmatchedProviderEvents = db.ok ? await deps.database.prisma.unmatchedProviderEvent.count({ where: { resolvedAt: null } }).catch(() => undefined) : undefined;
      const ok = db.ok && temporal.ok;
      return {
        status: ok ? 200 : 503,
        body: {
          status: ok ? 'ok' : 'degraded',
          database: { kind: 'postgres', ...db },
          temporal: { address: deps.temporal.address, namespace: deps.temporal.namespace, ...temporal },
          ...(pendingCommands !== undefined ? { pendingCommands } : {}),
          ...(unmatchedProviderEvents !== undefined ? { unmatchedProviderEvents } : {}),
        },
      };
    },
  });
}
