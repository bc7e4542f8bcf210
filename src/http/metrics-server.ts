import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sameSecret } from '../crypto/same-secret.js';
import type { Metrics } from '../metrics/index.js';

/** True when the Authorization header carries the metrics token (compared in constant time). */
export function isMetricsReader(header: string | undefined, token: string | undefined): boolean {
  if (!token || typeof header !== 'string') return false;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return false;
  return sameSecret(match[1], token);
}

export type MetricsServer = { port: number; close: () => Promise<void> };

/**
 * `/metrics` on a port of its own (METRICS_PORT), for a network the monitoring system reaches
 * and customers do not; with METRICS_TOKEN set, the token is asked there too.
 */
export async function startMetricsServer(options: {
  metrics: Metrics;
  host: string;
  port: number;
  token: string | undefined;
}): Promise<MetricsServer> {
  const server = http.createServer((request, response) => {
    const isAllowed =
      options.token === undefined || isMetricsReader(request.headers.authorization, options.token);
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics' || !isAllowed) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    options.metrics.render().then(
      (body) => response.writeHead(200, { 'content-type': options.metrics.contentType }).end(body),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
