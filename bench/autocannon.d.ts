/** The part of autocannon's programmatic API the load benchmark uses. */
declare module 'autocannon' {
  type Request = {
    method?: string;
    setupRequest?: (request: {
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }) => unknown;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    overallRate?: number;
    requests?: Request[];
  };
  type Result = {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
