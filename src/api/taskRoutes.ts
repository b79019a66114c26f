// Tasks, the work queue for people, and disputes: list and read tasks, assign, snooze and
// complete them; open a dispute on an invoice and resolve it.
import { z } from 'zod';
import { route, type RouteSpec } from './routes';
import { DisputeInput, DisputeResolveInput, DisputeResult, TaskAssignInput, TaskCompleteInput, TaskDetail, TaskList, TaskQuery, TaskSnoozeInput } from './schemas';
import type { ApiDeps } from './deps';

export function taskRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  const { service } = deps;
  const taskChange = { 200: { description: 'The task as it now is, with its history', schema: TaskDetail }, 404: { description: 'No such task' }, 409: { description: 'The task is done' } };
  return [
    route({
      method: 'get', path: '/v1/tasks', tag: 'tasks', auth: 'apiKey', summary: 'Tasks for people, highest priority first (paginated)',
      query: TaskQuery,
      responses: { 200: { description: 'A page of tasks; pass nextCursor as cursor for the next', schema: TaskList } },
      handler: async ({ query }) => ({ status: 200, body: await service.tasks.list(query as TaskQuery) }),
    }),
    route({
      method: 'get', path: '/v1/tasks/:id', tag: 'tasks', auth: 'apiKey', summary: 'One task with its history',
      responses: { 200: { description: 'The task', schema: TaskDetail }, 404: { description: 'No such task' } },
      handler: async ({ params }) => ({ status: 200, body: await service.tasks.get(params.id!) }),
    }),
    route({
      method: 'post', path: '/v1/tasks/:id/assign', tag: 'tasks', auth: 'apiKey', summary: 'Give the task to a person',
      body: TaskAssignInput, responses: taskChange,
      handler: async ({ params, body }) => ({ status: 200, body: await service.tasks.assign(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/tasks/:id/snooze', tag: 'tasks', auth: 'apiKey', summary: 'Put the task aside until a time: it comes back to the queue then, with a fresh SLA',
      body: TaskSnoozeInput, responses: { ...taskChange, 422: { description: '`until` is not in the future' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.tasks.snooze(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/tasks/:id/complete', tag: 'tasks', auth: 'apiKey', summary: 'Mark the task done, with its outcome (completing it again is a no-op)',
      body: TaskCompleteInput, responses: { ...taskChange, 409: { description: 'Never: a done task completed again is returned as it is' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.tasks.complete(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/disputes', tag: 'invoices', auth: 'apiKey',
      summary: "Record that the customer disputes the invoice: only its follow-up is held (the customer's others carry on), it is flagged disputed, and a task opens",
      body: DisputeInput,
      responses: { 201: { description: 'Opened', schema: DisputeResult }, 404: { description: 'No such invoice' }, 409: { description: 'The invoice is void' } },
      handler: async ({ params, body }) => ({ status: 201, body: await service.disputes.open(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/disputes/:id/resolve', tag: 'invoices', auth: 'apiKey',
      summary: 'Resolve a dispute: resume (the invoice stands, its follow-up carries on) or void (the customer was right); its task closes',
      body: DisputeResolveInput,
      responses: { 200: { description: 'Resolved (a repeat of the same outcome changes nothing)', schema: DisputeResult }, 404: { description: 'No such dispute' }, 409: { description: 'Already resolved with another outcome, or the invoice is paid and cannot be voided' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.disputes.resolve(params.id!, body) }),
    }),
  ];
}
