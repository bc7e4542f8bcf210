export const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

export function timeEach<T>(
  items: T[],
  run: (item: T) => void,
): { p50: number; p99: number; mean: number } {
  const times: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    run(item);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((a, n) => a + n, 0) / times.length,
  };
}

export const fmt = (n: number, digits = 3) => n.toFixed(digits);
