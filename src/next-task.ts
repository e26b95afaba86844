/**
 * Issue 15: gives the browser a turn (input, a paint) between two steps of the start, so no step is a long task on
 * a slow phone. scheduler.yield keeps this page's place in the queue; where it does not exist, a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}
