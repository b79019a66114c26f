// The HTTP API: JSON over Express 5, zod-validated, Bearer-key authenticated (webhooks are
// signed instead). A rejected request changes nothing. Each group of routes is its own file;
// this one puts them in order: log, parse, authenticate, route, answer errors.
import express, { type Request } from 'express';
import { accessLog } from '../logger';
import { requireApiKey, requireRemitSignature } from './auth';
import { conversationRoutes } from './conversationRoutes';
import { taskRoutes } from './taskRoutes';
import { customerRoutes } from './customerRoutes';
import type { ApiDeps } from './deps';
import { errorAnswer, noSuchRoute } from './errorHandling';
import { healthRoute } from './healthRoute';
import { invoicePageHeaders, invoicePageProblems, invoicePageRoutes } from './invoicePageRoutes';
import { invoiceRoutes } from './invoiceRoutes';
import { openApiDocument } from './openapi';
import { mount } from './routes';
import { sequenceRoutes } from './sequenceRoutes';
import { unsubscribeRoutes } from './unsubscribeRoutes';
import { webhookRoutes } from './webhookRoutes';

export type { ApiDeps, ProviderWebhookConfig } from './deps';

declare module 'express-serve-static-core' {
  interface Request {
    rawBody?: Buffer;
  }
}

export function createApp(deps: ApiDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(accessLog(deps.logger)); // first: every answer, a parse error's too, is logged with its X-Request-Id
  app.use(
    express.json({
      limit: '256kb',
      type: ['application/json', 'application/*+json'],
      verify: (req, _res, buf) => {
        (req as Request).rawBody = buf;
      },
    }),
  );
  // Twilio posts form-encoded parameters.
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));

  const specs = [...sequenceRoutes(deps), ...invoiceRoutes(deps), ...conversationRoutes(deps), ...taskRoutes(deps), ...customerRoutes(deps), ...unsubscribeRoutes(deps), ...invoicePageRoutes(deps), ...webhookRoutes(deps)];
  const health = healthRoute(deps);
  const all = [...specs, health];
  const doc = openApiDocument(all, deps.version ?? '0.1.0');
  app.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  mount(app, [health]);
  // The invoice page authenticates by its signed token; its answers, errors included, are pages.
  app.use('/i', invoicePageHeaders);

  // Webhooks authenticate by signature, everything else under /v1 by API key.
  app.use('/v1/webhooks/payments', requireRemitSignature(deps.webhookSecret));
  const webhookPaths = specs.filter((s) => s.auth === 'webhookSignature').map((s) => s.path);
  const auth = requireApiKey(deps.apiKey);
  app.use('/v1', (req, res, next) => (webhookPaths.includes(req.baseUrl + req.path) ? next() : auth(req, res, next)));
  mount(app, specs);

  app.use(noSuchRoute([...all, { method: 'get', path: '/openapi.json' }]));
  app.use('/i', invoicePageProblems(deps.logger));
  app.use(errorAnswer(deps.logger));
  return app;
}
