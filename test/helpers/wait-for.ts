import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `check` until it returns true, failing once `deadlineMs` have passed since `since`
 * (default: now). Tests of states reached over time wait for them this way, never sample once.
 */
export async function waitFor(
  what: string,
  deadlineMs: number,
  check: () => Promise<boolean>,
  since = Date.now(),
): Promise<void> {
  for (;;) {
    if (await check()) return;
    if (Date.now() - since > deadlineMs) {
      throw new Error(`Waited ${deadlineMs} ms for ${what}, in vain`);
    }
    await sleep(100);
  }
}
