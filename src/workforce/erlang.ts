/**
 * Queueing formulas for staffing, pure. Erlang C is M/M/N (callers wait forever); Erlang A
 * is M/M/N+M (Palm's model: callers abandon after an exponential patience).
 */

/** Erlang B blocking probability, by the stable recurrence B(k) = A·B(k−1) / (k + A·B(k−1)). */
export function erlangB(servers: number, traffic: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (traffic * b) / (k + traffic * b);
  return b;
}

/** Erlang C: the probability an arriving contact has to wait (1 when the queue is unstable). */
export function erlangC(servers: number, traffic: number): number {
  if (servers <= 0 || traffic >= servers) return 1;
  if (traffic <= 0) return 0;
  const b = erlangB(servers, traffic);
  return (servers * b) / (servers - traffic * (1 - b));
}

export type QueueFigures = {
  /** Share of contacts answered within the target time (0..1). */
  serviceLevel: number;
  /** Mean wait over all contacts, seconds. */
  averageWaitSeconds: number;
  /** Share of servers' time busy (0..1). */
  occupancy: number;
  probabilityOfWaiting: number;
  /** Erlang A only: share of contacts that give up waiting. */
  abandonRate?: number;
};

/** Erlang C figures for `servers` parallel servers, `traffic` Erlangs, handle time `handleSeconds`. */
export function erlangCFigures(
  servers: number,
  traffic: number,
  handleSeconds: number,
  targetSeconds: number,
): QueueFigures {
  if (traffic <= 0) {
    return { serviceLevel: 1, averageWaitSeconds: 0, occupancy: 0, probabilityOfWaiting: 0 };
  }
  if (traffic >= servers) {
    return {
      serviceLevel: 0,
      averageWaitSeconds: Number.POSITIVE_INFINITY,
      occupancy: 1,
      probabilityOfWaiting: 1,
    };
  }
  const pw = erlangC(servers, traffic);
  return {
    serviceLevel: 1 - pw * Math.exp((-(servers - traffic) * targetSeconds) / handleSeconds),
    averageWaitSeconds: (pw * handleSeconds) / (servers - traffic),
    occupancy: traffic / servers,
    probabilityOfWaiting: pw,
  };
}

/**
 * Erlang A (M/M/N+M) from the birth–death chain's stationary distribution (truncated where
 * the tail is negligible). Arrivals `arrivalsPerSecond`, service rate 1/handleSeconds,
 * abandonment rate 1/patienceSeconds. Service level = share of ALL contacts served within
 * the target (a contact that abandons counts as missed), computed exactly by uniformisation
 * of the waiting contact's race between reaching a server and losing patience.
 */
export function erlangAFigures(
  servers: number,
  arrivalsPerSecond: number,
  handleSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
): QueueFigures {
  const lambda = arrivalsPerSecond;
  const mu = 1 / handleSeconds;
  const theta = 1 / patienceSeconds;
  if (lambda <= 0) {
    return {
      serviceLevel: 1,
      averageWaitSeconds: 0,
      occupancy: 0,
      probabilityOfWaiting: 0,
      abandonRate: 0,
    };
  }
  if (servers <= 0) {
    return {
      serviceLevel: 0,
      averageWaitSeconds: patienceSeconds,
      occupancy: 0,
      probabilityOfWaiting: 1,
      abandonRate: 1,
    };
  }
  // log p_n, unnormalised.
  const logs: number[] = [0];
  let n = 0;
  let maxLog = 0;
  for (;;) {
    n++;
    const death = n <= servers ? n * mu : servers * mu + (n - servers) * theta;
    const next = (logs[n - 1] as number) + Math.log(lambda / death);
    logs.push(next);
    if (next > maxLog) maxLog = next;
    if ((n > servers && next < maxLog - 40) || n > servers + 100_000) break;
  }
  const p = logs.map((l) => Math.exp(l - maxLog));
  const total = p.reduce((a, b) => a + b, 0);
  for (let k = 0; k < p.length; k++) p[k] = (p[k] as number) / total;

  let pWait = 0;
  let queueLength = 0;
  let busy = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] as number;
    if (k >= servers) {
      pWait += pk;
      queueLength += (k - servers) * pk;
    }
    busy += Math.min(k, servers) * pk;
  }

  // A waiting contact with j ahead: moves up at rate N·μ + j·θ, gives up at rate θ.
  const ahead = p.slice(servers);
  const maxAhead = ahead.length - 1;
  let servedWithin = 0;
  if (pWait > 0 && targetSeconds > 0) {
    const uniform = servers * mu + (maxAhead + 1) * theta;
    let state = ahead.map((x) => x / pWait);
    let served = 0;
    const mean = uniform * targetSeconds;
    const steps = Math.ceil(mean + 10 * Math.sqrt(mean) + 20);
    let logWeight = -mean;
    let weightSum = 0;
    for (let step = 0; step <= steps; step++) {
      const weight = Math.exp(logWeight);
      servedWithin += weight * served;
      weightSum += weight;
      const next = new Array<number>(state.length).fill(0);
      for (let j = 0; j < state.length; j++) {
        const mass = state[j] as number;
        if (mass === 0) continue;
        const up = (servers * mu + j * theta) / uniform;
        const away = theta / uniform;
        if (j === 0) served += mass * up;
        else next[j - 1] = (next[j - 1] as number) + mass * up;
        next[j] = (next[j] as number) + mass * (1 - up - away);
      }
      state = next;
      logWeight += Math.log(mean) - Math.log(step + 1);
    }
    // Whatever Poisson mass lies beyond the last step is counted with the last served share.
    servedWithin += Math.max(0, 1 - weightSum) * served;
  }
  return {
    serviceLevel: 1 - pWait + pWait * servedWithin,
    averageWaitSeconds: queueLength / lambda,
    occupancy: busy / servers,
    probabilityOfWaiting: pWait,
    abandonRate: (theta * queueLength) / lambda,
  };
}

export type StaffingInput = {
  contactsPerHour: number;
  handleSeconds: number;
  /** 0..1, e.g. 0.8 for 80 % answered within `targetSeconds`. */
  targetServiceLevel: number;
  targetSeconds: number;
  /** Chats an agent handles at once (each chat keeps its handle time); 1 for calls. */
  concurrency?: number | undefined;
  patienceSeconds?: number | undefined;
};

export type StaffingResult = {
  agents: number;
  serviceLevel: number;
  occupancy: number;
  averageWaitSeconds: number;
  model: 'erlang_c' | 'erlang_a';
  abandonRate?: number;
};

/**
 * The fewest agents that reach the target service level. With concurrency c each agent is c
 * servers (chat slots); occupancy is the share of slots busy.
 */
export function requiredAgents(input: StaffingInput): StaffingResult {
  const concurrency = input.concurrency ?? 1;
  const traffic = (input.contactsPerHour * input.handleSeconds) / 3600;
  const model = input.patienceSeconds ? 'erlang_a' : 'erlang_c';
  const figures = (agents: number): QueueFigures =>
    input.patienceSeconds
      ? erlangAFigures(
          agents * concurrency,
          input.contactsPerHour / 3600,
          input.handleSeconds,
          input.patienceSeconds,
          input.targetSeconds,
        )
      : erlangCFigures(agents * concurrency, traffic, input.handleSeconds, input.targetSeconds);
  if (traffic <= 0) {
    return { agents: 0, serviceLevel: 1, occupancy: 0, averageWaitSeconds: 0, model };
  }
  // The service level only grows with agents: double to a staffing that is enough, then bisect.
  const isEnough = (agents: number) => figures(agents).serviceLevel >= input.targetServiceLevel;
  let high = Math.max(1, Math.ceil(traffic / concurrency));
  while (!isEnough(high) && high < 1_000_000) high *= 2;
  let low = 0;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (isEnough(middle)) high = middle;
    else low = middle;
  }
  const agents = high;
  const result = figures(agents);
  return {
    agents,
    serviceLevel: result.serviceLevel,
    occupancy: result.occupancy,
    averageWaitSeconds: result.averageWaitSeconds,
    model,
    ...(result.abandonRate !== undefined ? { abandonRate: result.abandonRate } : {}),
  };
}
