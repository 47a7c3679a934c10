import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How much query cost each client may spend per time window. Kept in this process's memory:
 * replicas behind a load balancer each keep their own budget (see the README).
 */
export interface ClientBudget {
  /** Spends `cost` from the client's budget; the milliseconds until it refills when spent, else 0. */
  spend(client: string, cost: number): Promise<number>;
}

/** `points` of cost per `windowSeconds`; 0 points turns the budget off. */
export function createClientBudget(points: number, windowSeconds: number): ClientBudget {
  if (points === 0) return { spend: async () => 0 };
  const limiter = new RateLimiterMemory({ points, duration: windowSeconds });
  return {
    async spend(client, cost) {
      try {
        await limiter.consume(client, cost);
        return 0;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(refusal.msBeforeNext, 1);
        throw refusal;
      }
    },
  };
}
