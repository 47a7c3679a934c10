import net from 'node:net';

/** What a person starting the API needs to hear about a port it cannot take. */
function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(
      `port ${port} on ${host} is in use (another "npm start"?); set PORT to a free one`,
    );
  }
  if (error.code === 'EACCES') {
    return new Error(`no permission to listen on port ${port} on ${host}; set PORT above 1023`);
  }
  if (error.code === 'EADDRNOTAVAIL') {
    return new Error(`${host} is not an address of this machine; check HOST`);
  }
  return error;
}

/** Listens, rejecting with a readable error when the port or address cannot be had. */
export function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, port, host));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * Fails at once when the port is taken, before the slow part of start-up (Neo4j, the seed); the
 * real listen at the end still reports a port taken in between.
 */
export async function checkPortFree(port: number, host: string): Promise<void> {
  const probe = net.createServer();
  await listen(probe, port, host);
  await new Promise((resolve) => probe.close(resolve));
}
