// Connections to Temporal. Settings come from the standard TEMPORAL_* variables (address,
// namespace, TLS, API key) through @temporalio/envconfig; the embedded dev server overrides
// the address.
import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { NativeConnection } from '@temporalio/worker';
import type { ConnectionOptions } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { REMIT_SEARCH_ATTRIBUTES } from '../../workflows/searchAttributes';
import type { NativeConnectionOptions } from '@temporalio/worker';

export interface TemporalTarget {
  address: string;
  namespace: string;
}

function envConnectConfig(target: TemporalTarget): { options: NativeConnectionOptions; namespace: string } {
  const cfg = loadClientConnectConfig();
  return {
    options: { ...cfg.connectionOptions, address: target.address },
    namespace: target.namespace,
  };
}

/** A lazy client: the API keeps accepting (and recording) work while Temporal is down. */
export function createClient(target: TemporalTarget): { client: Client; connection: Connection } {
  const { options, namespace } = envConnectConfig(target);
  const connection = Connection.lazy(options as ConnectionOptions);
  return { client: new Client({ connection, namespace }), connection };
}

export async function connectWorker(target: TemporalTarget): Promise<NativeConnection> {
  const { options } = envConnectConfig(target);
  return NativeConnection.connect(options);
}

/** Registers Remit's search attributes on a self-hosted cluster, if missing. Returns the names added. */
export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const have = new Set(Object.keys(existing.customAttributes ?? {}));
  const missing = REMIT_SEARCH_ATTRIBUTES.filter((a) => !have.has(a.name));
  if (missing.length === 0) return [];
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((a) => [a.name, encodeSearchAttributeIndexedValueType(a.type)!])),
  });
  return missing.map((a) => a.name);
}
