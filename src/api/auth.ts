// Who may call: a Bearer API key for /v1, a Remit-Signature for the payment webhook (the
// provider webhooks check their own signatures in their handlers).
import { timingSafeEqual, createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { RemitError } from '../services/errors';
import { SIGNATURE_HEADER, verifySignature } from './signature';

const sha = (s: string) => createHash('sha256').update(s).digest();

export function requireApiKey(apiKey: string) {
  const expected = sha(apiKey);
  return (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !timingSafeEqual(sha(m[1]!.trim()), expected)) {
      return next(new RemitError(401, 'unauthorized', m ? 'Wrong API key' : 'Send Authorization: Bearer <REMIT_API_KEY>'));
    }
    next();
  };
}

export function requireRemitSignature(webhookSecret: string) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const check = verifySignature(req.get(SIGNATURE_HEADER), webhookSecret, req.rawBody ?? Buffer.alloc(0));
    if (check.ok) return next();
    const messages = {
      missing: 'Missing Remit-Signature header',
      malformed: 'Remit-Signature must look like t=<unix seconds>,v1=<hex>',
      stale_timestamp: 'Signature timestamp is more than 5 minutes from now',
      mismatch: 'Signature does not match the body',
    } as const;
    next(new RemitError(401, `signature_${check.reason}`, messages[check.reason]));
  };
}
