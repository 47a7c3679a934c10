/**
 * Calls `probe` until it returns true or `deadlineMs` passes; returns whether it did. For states
 * that arrive on their own time (a replica's next poll), without asserting how long they take.
 */
export async function eventually(
  probe: () => Promise<boolean>,
  deadlineMs: number,
  everyMs = 50,
): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
