import { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Whether the proxy at `address`, `hop` steps from the API, is believed about who sent a request. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * `TRUST_PROXY` as Express reads its `trust proxy` setting, less `true` (believing every hop would
 * let any client name its own address): a number of hops in front of the API, or a comma-separated
 * list of addresses, subnets and the names `loopback`, `linklocal`, `uniquelocal`. Throws on
 * anything else (proxy-addr names what it could not read).
 */
export function proxyTrust(setting: string): ProxyTrust {
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(setting.split(',').map((entry) => entry.trim()));
}

/**
 * The address a request comes from: its socket's peer, or, behind trusted proxies, the nearest
 * address in `X-Forwarded-For` that no trusted proxy holds. Without trust the header is ignored,
 * since any client can write it.
 */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust | null): string {
  if (trust) return proxyAddr(req, trust);
  return req.socket.remoteAddress ?? 'unknown';
}
