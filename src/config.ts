// The one place configuration is read. Everything comes from the environment, validated
// with zod at start-up; a bad or missing variable stops the process with its name.
import { resolve } from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  REMIT_DATA_DIR: z.string().default('.data'),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL').optional(),
  ),
  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_CLI_PATH: optionalString,
  TEMPORAL_DEV_SERVER_PORT: positiveInt(7233),
  TEMPORAL_UI_PORT: positiveInt(8233),
  REMIT_TASK_QUEUE: z.string().min(1).default('remit-follow-up'),
  REMIT_API_KEY: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  REMIT_WEBHOOK_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  REMIT_DEFAULT_TIMEZONE: z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone, e.g. Europe/Paris'),
  REMIT_DEFAULT_LOCALE: z.string().default('en-US'),
  REMIT_MAX_MESSAGES_PER_INVOICE: positiveInt(5),
  REMIT_RECONCILE_INTERVAL_MS: positiveInt(5000),
  REMIT_WORKER_MAX_CACHED_WORKFLOWS: positiveInt(1000),
  REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES: positiveInt(100),
  REMIT_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: positiveInt(50),
  REMIT_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type RawConfig = z.infer<typeof schema>;

export interface Config extends RawConfig {
  dataDir: string;
  /** No TEMPORAL_ADDRESS: Remit runs its own Temporal dev server. */
  embeddedTemporal: boolean;
  /** No DATABASE_URL: Remit runs PGlite under the data directory. */
  embeddedDatabase: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // A blank variable (PORT= in an env file) counts as unset, so it gets its default.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: resolve(c.REMIT_DATA_DIR),
    embeddedTemporal: !c.TEMPORAL_ADDRESS,
    embeddedDatabase: !c.DATABASE_URL,
  };
}
