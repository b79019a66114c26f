// The embedded database's own thread: PGlite and its Prisma driver adapter run here, so the
// Wasm PostgreSQL does not share the event loop of the API and the Temporal worker (on PGlite
// it took over a third of that loop's time). src/db.ts speaks to it by message: one request,
// one answer. Plain JavaScript because worker threads do not go through the tsx loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const pglite = await PGlite.create(workerData.dir);
const adapter = await new PrismaPGlite(pglite).connect();
/** Open Prisma transactions by number; each holds PGlite's single connection until it ends. */
const transactions = new Map();
let nextTransaction = 1;

function queryable(tx) {
  if (tx === undefined) return adapter;
  const found = transactions.get(tx);
  if (!found) throw new Error(`transaction ${tx} is not open`);
  return found;
}

// Column types of a result (Prisma's ColumnTypeEnum): DateTime and DateTimeArray.
const DATE_TIME = 10;
const DATE_TIME_ARRAY = 74;
const HAS_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/;
const utc = (v) => (typeof v === 'string' && !HAS_OFFSET.test(v) ? `${v.replace(' ', 'T')}+00:00` : v);

/**
 * The adapter hands timestamps over as PostgreSQL prints them, without an offset ("2026-11-23
 * 12:00:00"); Prisma's raw-query path then reads them in the process's local time zone. The
 * columns hold UTC, so they get the offset here, as @prisma/adapter-pg gives them.
 */
function withUtcTimestamps(result) {
  result.columnTypes.forEach((type, i) => {
    if (type === DATE_TIME) for (const row of result.rows) row[i] = utc(row[i]);
    else if (type === DATE_TIME_ARRAY) for (const row of result.rows) if (Array.isArray(row[i])) row[i] = row[i].map(utc);
  });
  return result;
}

const ops = {
  queryRaw: async ({ tx, arg }) => withUtcTimestamps(await queryable(tx).queryRaw(arg)),
  executeRaw: ({ tx, arg }) => queryable(tx).executeRaw(arg),
  // The adapter's executeScript does not wait for the script; this does.
  exec: ({ arg }) => pglite.exec(arg).then(() => undefined),
  async begin({ arg }) {
    const t = await adapter.startTransaction(arg);
    const id = nextTransaction++;
    transactions.set(id, t);
    return { id, options: t.options };
  },
  async commit({ tx }) {
    const t = queryable(tx);
    transactions.delete(tx);
    await t.commit();
  },
  async rollback({ tx }) {
    const t = queryable(tx);
    transactions.delete(tx);
    await t.rollback();
  },
  async close() {
    // PGlite must be closed cleanly, or its data directory may not open again.
    if (!pglite.closed) await pglite.close();
  },
};

/** Errors cross the thread as data; DriverAdapterError keeps its cause (Prisma maps it to P2002 and the like). */
function serialize(err) {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const cause = err.name === 'DriverAdapterError' ? err.cause : undefined;
  return { name: err.name, message: err.message, stack: err.stack, ...(cause ? { cause } : {}) };
}

parentPort.on('message', async (m) => {
  try {
    parentPort.postMessage({ id: m.id, result: await ops[m.op](m) });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: serialize(err) });
  }
});
parentPort.postMessage({ ready: true });
