// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HostScheduler } from './host-scheduler';

/** Runs `jobs` (host names) through the scheduler, each holding its slot for a few event-loop turns. */
async function run(scheduler: HostScheduler, jobs: string[]) {
  const active = new Map<string, number>();
  let total = 0;
  let maxTotal = 0;
  const maxPerHost = new Map<string, number>();
  const order: string[] = [];
  await Promise.all(
    jobs.map(async (host, index) => {
      const release = await scheduler.acquire(host);
      order.push(`${host}#${index}`);
      active.set(host, (active.get(host) ?? 0) + 1);
      total++;
      maxTotal = Math.max(maxTotal, total);
      maxPerHost.set(host, Math.max(maxPerHost.get(host) ?? 0, active.get(host) ?? 0));
      await new Promise((resolve) => setTimeout(resolve, 5));
      active.set(host, (active.get(host) ?? 0) - 1);
      total--;
      release();
    }),
  );
  return { maxTotal, maxPerHost, order };
}

describe('HostScheduler', () => {
  it('keeps to the per-host and global limits', async () => {
    const scheduler = new HostScheduler({ concurrency: 3, perHost: 2, hostGapMs: 0, giveUpAfter: 10 });
    const jobs = Array.from({ length: 24 }, (_, index) => ['a', 'b', 'c', 'd'][index % 4]);
    const { maxTotal, maxPerHost } = await run(scheduler, jobs);
    expect(maxTotal).toBe(3);
    for (const host of ['a', 'b', 'c', 'd']) expect(maxPerHost.get(host)).toBeLessThanOrEqual(2);
  });

  it('does not let a busy host hold up the others', async () => {
    const scheduler = new HostScheduler({ concurrency: 4, perHost: 1, hostGapMs: 0, giveUpAfter: 10 });
    const { order } = await run(scheduler, ['slow', 'slow', 'slow', 'fast']);
    // "fast" is last in line but its host is free, so it starts right after the first "slow".
    expect(order.slice(0, 2)).toEqual(['slow#0', 'fast#3']);
  });

  it('gives a host up after failures in a row, and an answer resets the count', () => {
    const scheduler = new HostScheduler({ concurrency: 4, perHost: 1, hostGapMs: 0, giveUpAfter: 3 });
    scheduler.recordFailure('h');
    scheduler.recordFailure('h');
    scheduler.recordAnswer('h');
    scheduler.recordFailure('h');
    scheduler.recordFailure('h');
    expect(scheduler.host('h').givenUp).toBeNull();
    expect(scheduler.recordFailure('h')).toBe(true);
    expect(scheduler.host('h').givenUp).toMatch(/3 failed requests in a row/);
  });

  it('rejects a waiter when the run is aborted', async () => {
    const scheduler = new HostScheduler({ concurrency: 1, perHost: 1, hostGapMs: 0, giveUpAfter: 3 });
    const release = await scheduler.acquire('h');
    const controller = new AbortController();
    const waiting = scheduler.acquire('h', controller.signal);
    controller.abort(new Error('popup closed'));
    await expect(waiting).rejects.toThrow('popup closed');
    release();
  });
});
