// Starting the embedded Temporal: an open port is not taken for a running server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Connection } from '@temporalio/client';
import { createLogger } from '../../src/logger';
import { startDevServer } from '../../src/temporal/devServer';
import { freePort, heldPort } from '../support/net';

test('a port another process holds is reported, not mistaken for the dev server', async () => {
  const taken = await heldPort();
  try {
    await assert.rejects(startDevServer({ port: taken.port, logger: createLogger('error') }), /exited with code \d+ \(is port \d+ already in use\?\)/);
  } finally {
    await taken.release();
  }
});

test('the dev server is ready when startDevServer resolves: its frontend answers at once', async () => {
  const server = await startDevServer({ port: await freePort(), logger: createLogger('error') });
  const connection = await Connection.connect({ address: server.address });
  try {
    const info = await connection.workflowService.getSystemInfo({});
    assert.ok(info.serverVersion, 'a Temporal frontend answered');
  } finally {
    await connection.close();
    await server.stop();
  }
});
