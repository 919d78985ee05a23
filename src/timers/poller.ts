// A polling loop shared by the timer runner and the delivery dispatchers: one pass at a time per
// process, started at once (so overdue work runs at start), stopped by waiting for the pass in flight.

export interface Poller {
  /** Runs a pass now and then every `pollMs`. */
  start(): void;
  /** One pass (or the one already running); resolves to how much it did. */
  runDue(): Promise<number>;
  stop(): Promise<void>;
}

export function createPoller(
  pass: () => Promise<number>,
  pollMs: number,
  onError: (error: unknown) => void,
): Poller {
  let interval: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;

  function runDue(): Promise<number> {
    // A tick that finds a pass running waits for it rather than starting a second.
    if (!running) running = pass().finally(() => (running = null));
    return running;
  }

  return {
    start() {
      if (interval) return;
      const tick = () => void runDue().catch(onError);
      tick();
      interval = setInterval(tick, pollMs);
      interval.unref();
    },
    runDue,
    async stop() {
      clearInterval(interval);
      interval = undefined;
      await running?.catch(() => undefined);
    },
  };
}
