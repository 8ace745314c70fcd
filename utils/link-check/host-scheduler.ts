/**
 * Politeness: how many requests may be in flight at all and to one host, how far apart requests
 * to one host start, and when a host has asked us (Retry-After) or shown us (failures) to stay away.
 * Waiters are served first come, first served, skipping those whose host is busy, so a slow host
 * never holds up the others.
 */

/** The limits one run keeps to. */
export interface PolitenessLimits {
  concurrency: number;
  perHost: number;
  /** Minimum time between the starts of two requests to the same host. */
  hostGapMs: number;
  /** Failed requests in a row after which a host is left alone. */
  giveUpAfter: number;
}

/** What the run knows about one host (`URL.host`: name and port). */
export interface HostState {
  active: number;
  lastStartAt: number;
  pausedUntil: number;
  failuresInRow: number;
  /** Why the run stopped asking this host, once it has. */
  givenUp: string | null;
}

interface Waiter {
  host: string;
  grant: (release: () => void) => void;
  refuse: (reason: unknown) => void;
}

/** Hands out request slots under the run's politeness limits. */
export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly waiters: Waiter[] = [];
  private active = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;

  constructor(
    private readonly limits: PolitenessLimits,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** The state of `host`, created on first use. */
  host(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, lastStartAt: -Infinity, pausedUntil: 0, failuresInRow: 0, givenUp: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Resolves with a release function once a request to `host` may start. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        host,
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        refuse: reject,
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      this.pump();
    });
  }

  /** Keeps every request to `host` waiting until `until` (epoch ms): Retry-After covers the whole host. */
  pauseHost(host: string, until: number): void {
    const state = this.host(host);
    state.pausedUntil = Math.max(state.pausedUntil, until);
  }

  /** Counts a failed request; returns true when this failure made the run give the host up. */
  recordFailure(host: string): boolean {
    const state = this.host(host);
    state.failuresInRow++;
    if (state.givenUp === null && state.failuresInRow >= this.limits.giveUpAfter) {
      this.giveUp(host, `gave up on ${host} after ${state.failuresInRow} failed requests in a row`);
      return true;
    }
    return false;
  }

  /** A real answer from the host: it is alive, start counting failures afresh. */
  recordAnswer(host: string): void {
    this.host(host).failuresInRow = 0;
  }

  /** Stops asking `host`; queued requests to it are let through at once so they can see why. */
  giveUp(host: string, reason: string): void {
    const state = this.host(host);
    state.givenUp ??= reason;
    state.pausedUntil = 0;
    this.pump();
  }

  private pump(): void {
    const now = this.clock();
    let wakeAt = Infinity;
    for (let index = 0; index < this.waiters.length && this.active < this.limits.concurrency; ) {
      const waiter = this.waiters[index];
      const state = this.host(waiter.host);
      if (state.givenUp === null) {
        if (state.active >= this.limits.perHost) {
          index++;
          continue;
        }
        const readyAt = Math.max(state.lastStartAt + this.limits.hostGapMs, state.pausedUntil);
        if (readyAt > now) {
          wakeAt = Math.min(wakeAt, readyAt);
          index++;
          continue;
        }
      }
      this.waiters.splice(index, 1);
      state.active++;
      this.active++;
      state.lastStartAt = now;
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        state.active--;
        this.active--;
        this.pump();
      });
    }
    this.wakeAt(wakeAt);
  }

  private wakeAt(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(0, at - this.clock()));
  }
}
