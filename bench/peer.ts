import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { Driver } from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-schema';

export interface Peer {
  httpServer: http.Server;
  stop(): Promise<void>;
}

/**
 * The peer: @neo4j/graphql on the same database, served by the same Express 5 + Apollo stack as
 * the API so that the difference measured is the GraphQL layer. Not listening yet.
 */
export async function createPeer(driver: Driver, database: string): Promise<Peer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
  );
  return { httpServer: http.createServer(app), stop: () => apollo.stop() };
}

// Started by run.ts as a child process.
async function main(): Promise<void> {
  // Exit with the bench even if it is killed: its end of the stdin pipe closes (as lifeline.js).
  process.stdin.on('end', () => process.exit(0)).resume();
  const password = process.env.NEO4J_PASSWORD ?? '';
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    password ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password) : undefined,
  );
  const peer = await createPeer(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
  process.once('SIGTERM', () => {
    void peer
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
  peer.httpServer.listen(Number(process.env.PORT), '127.0.0.1');
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
