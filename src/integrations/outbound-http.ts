import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';

/**
 * Outbound HTTP for webhooks and skills: only to public addresses. The host is resolved and
 * every address checked (private, loopback, link-local, unique-local, multicast and the like
 * are refused), and the connection goes to an address that was checked, so a name that
 * resolves differently a moment later (DNS rebinding) cannot slip through. Hosts named in
 * `allowHosts` (OUTBOUND_ALLOW_HOSTS) skip the address check. Responses are cut off at
 * `maxBytes` and the whole exchange at `timeoutMs`.
 */

const blocked = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(address, prefix, 'ipv6');
}

/** True when the address is not a public unicast address. */
export function isForbiddenAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4-mapped and IPv4-compatible forms are judged by the IPv4 address inside.
  const mapped = /^::(ffff:(0:)?)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[3]) return isForbiddenAddress(mapped[3]);
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hexMapped?.[1] && hexMapped[2]) {
    const hi = Number.parseInt(hexMapped[1], 16);
    const lo = Number.parseInt(hexMapped[2], 16);
    return isForbiddenAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return blocked.check(address, 'ipv6');
}

export class OutboundError extends Error {
  constructor(
    /** `refused`: the address is not allowed; the rest are failures worth retrying. */
    readonly reason: 'refused' | 'invalid_url' | 'timeout' | 'too_large' | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}

export type OutboundPolicy = {
  /** Host names (or literal addresses) that may be private: OUTBOUND_ALLOW_HOSTS. */
  allowHosts: readonly string[];
  /**
   * Exact URL prefixes that may be private (the demo's own shop API on this server,
   * `http://127.0.0.1:<port>/demo/shop/`); nothing else on that host is reachable.
   */
  allowPrefixes?: readonly string[];
};

const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** Parses and checks a URL a tenant configures (before it is stored). */
export function checkOutboundUrl(raw: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError('invalid_url', 'Not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundError('invalid_url', 'Only http:// and https:// URLs are allowed');
  }
  if (url.username || url.password) {
    throw new OutboundError('invalid_url', 'Credentials in the URL are not allowed');
  }
  const host = hostOf(url);
  if (net.isIP(host) && isForbiddenAddress(host) && !isAllowedUrl(url, policy)) {
    throw new OutboundError('refused', `${host} is a private, loopback or link-local address`);
  }
  if (host === 'localhost' || host.endsWith('.localhost')) {
    if (!isAllowedHost(host, policy)) {
      throw new OutboundError('refused', `${host} is a loopback address`);
    }
  }
  return url;
}

const isAllowedHost = (host: string, policy: OutboundPolicy): boolean =>
  policy.allowHosts.some((allowed) => allowed.toLowerCase().replace(/^\[|\]$/g, '') === host);

const isAllowedUrl = (url: URL, policy: OutboundPolicy): boolean =>
  isAllowedHost(hostOf(url), policy) ||
  (policy.allowPrefixes ?? []).some(
    (prefix) => url.href.startsWith(prefix) && !url.pathname.includes('..'),
  );

/** A lookup that resolves every address of the host and refuses the lot if any is forbidden. */
const checkedLookup =
  (isAllowed: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      if (list.length === 0) return callback(new Error(`${hostname} has no address`), '', 0);
      if (!isAllowed) {
        const bad = list.find((a) => isForbiddenAddress(a.address));
        if (bad) {
          return callback(
            new OutboundError(
              'refused',
              `${hostname} resolves to ${bad.address}, a private, loopback or link-local address`,
            ),
            '',
            0,
          );
        }
      }
      if ((options as { all?: boolean }).all) {
        return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      }
      const first = list[0] as { address: string; family: number };
      callback(null, first.address, first.family);
    });
  };

export type OutboundRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs: number;
  maxBytes: number;
};

export type OutboundResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Sends one request under the policy; throws OutboundError for every failure but an HTTP status. */
export async function outboundRequest(
  request: OutboundRequest,
  policy: OutboundPolicy,
): Promise<OutboundResponse> {
  const url = checkOutboundUrl(request.url, policy);
  const isAllowed = isAllowedUrl(url, policy);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: OutboundError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new OutboundError('timeout', `No complete answer within ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    const req = client.request(
      url,
      {
        method: request.method,
        headers: {
          'user-agent': 'Tsunagi',
          ...(request.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(request.body)) }
            : {}),
          ...request.headers,
        },
        lookup: checkedLookup(isAllowed),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > request.maxBytes) {
            fail(
              new OutboundError('too_large', `The answer is larger than ${request.maxBytes} bytes`),
            );
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', (error) =>
          fail(new OutboundError('network', error.message || 'The answer broke off')),
        );
      },
    );
    req.on('error', (error) => {
      if (error instanceof OutboundError) return fail(error);
      fail(new OutboundError('network', error.message || 'The request failed'));
    });
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}
