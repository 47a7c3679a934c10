import net, { AddressInfo } from 'node:net';
import { checkPortFree, listen } from '../../src/http/listen';

let taken: net.Server;
let port: number;
beforeAll(async () => {
  taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => taken.close(resolve)));

describe('the API port', () => {
  it('taken: start-up is told which port and what to do, before anything slow starts', async () => {
    await expect(checkPortFree(port, '127.0.0.1')).rejects.toThrow(
      `port ${port} on 127.0.0.1 is in use (another "npm start"?); set PORT to a free one`,
    );
  });

  it('free: the check lets it go again for the real listen', async () => {
    const first = net.createServer();
    await listen(first, 0, '127.0.0.1');
    const free = (first.address() as AddressInfo).port;
    await new Promise((resolve) => first.close(resolve));
    await checkPortFree(free, '127.0.0.1');
    const server = net.createServer();
    await listen(server, free, '127.0.0.1');
    expect((server.address() as AddressInfo).port).toBe(free);
    await new Promise((resolve) => server.close(resolve));
  });
});
