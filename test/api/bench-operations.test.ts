import { AddressInfo } from 'node:net';
import { assertContent, closeClients, postGraphQL } from '../../bench/client';
import { OPERATIONS } from '../../bench/operations';
import { createPeer, Peer } from '../../bench/peer';
import { startTestApp, TestApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/neo4j';

// The bench must keep running as the API changes: each of its operations, once per target.
const { db, close } = openTestDatabase();
let app: TestApp;
let sent: [string, unknown][] = [];
let peer: Peer;
let peerUrl: string;

beforeAll(async () => {
  // Without the response cache, so every operation reaches Neo4j and its statement can be seen.
  app = await startTestApp({ RESPONSE_CACHE_MB: '0' }, (name, params) => sent.push([name, params]));
  peer = await createPeer(db.driver, db.name);
  await new Promise<void>((resolve) => peer.httpServer.listen(0, '127.0.0.1', resolve));
  peerUrl = `http://127.0.0.1:${(peer.httpServer.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await closeClients();
  await app.close();
  await peer.stop();
  await new Promise((resolve) => peer.httpServer.close(resolve));
  await close();
});

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('bench operation %s', (_, op) => {
  it('answers with content from the API', async () => {
    const data = await postGraphQL(`${app.url}/graphql`, JSON.stringify(op.api));
    expect(() => assertContent('api', data)).not.toThrow();
  });

  it('answers with content from the peer', async () => {
    const data = await postGraphQL(peerUrl, JSON.stringify(op.peer));
    expect(() => assertContent('peer', data)).not.toThrow();
  });

  it('has a floor that returns rows from the one statement the API sends, as it sends it', async () => {
    sent = [];
    await postGraphQL(`${app.url}/graphql`, JSON.stringify(op.api));
    const floor: [string, unknown][] = [];
    const rows = await op.floor(db.withListener((name, params) => floor.push([name, params])));
    expect(rows.length).toBeGreaterThan(0);
    expect(sent).toEqual(floor);
  });
});
