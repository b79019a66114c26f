// The API key and webhook secret. Production sets them; the embedded mode generates them
// once and keeps them in the data directory so they survive restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type Config } from './config';

export interface Secrets {
  apiKey: string;
  webhookSecret: string;
  generated: string[];
}

export function loadSecrets(config: Config): Secrets {
  if (config.REMIT_API_KEY && config.REMIT_WEBHOOK_SECRET) {
    return { apiKey: config.REMIT_API_KEY, webhookSecret: config.REMIT_WEBHOOK_SECRET, generated: [] };
  }
  if (!config.embeddedDatabase) {
    const missing = ['REMIT_API_KEY', 'REMIT_WEBHOOK_SECRET'].filter((k) => !config[k as keyof Config]);
    throw new ConfigError(`Invalid configuration:\n${missing.map((k) => `  ${k}: required when DATABASE_URL is set (generated only in embedded mode)`).join('\n')}`);
  }
  const file = join(config.dataDir, 'secrets.json');
  let stored: Partial<Record<'apiKey' | 'webhookSecret', string>> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
  const generated: string[] = [];
  const pick = (fromEnv: string | undefined, key: 'apiKey' | 'webhookSecret', prefix: string) => {
    if (fromEnv) return fromEnv;
    if (!stored[key]) {
      stored[key] = prefix + randomBytes(24).toString('base64url');
      generated.push(key);
    }
    return stored[key]!;
  };
  const apiKey = pick(config.REMIT_API_KEY, 'apiKey', 'rk_');
  const webhookSecret = pick(config.REMIT_WEBHOOK_SECRET, 'webhookSecret', 'whsec_');
  if (generated.length) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  }
  return { apiKey, webhookSecret, generated };
}
