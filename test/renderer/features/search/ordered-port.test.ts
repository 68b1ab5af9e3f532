/** The page's side of a search worker: answers settle requests in order; a failure settles all. */
import { describe, expect, it } from 'vitest';
import { orderedPort } from '../../../../renderer/features/search/ordered-port';
import type { WorkerLike } from '../../../../renderer/features/search/ordered-port';

function fakeWorker() {
  const posted: number[] = [];
  let terminated = false;
  const worker: WorkerLike<number, string> = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message) => posted.push(message),
    terminate: () => (terminated = true),
  };
  const answer = (data: string) => worker.onmessage!({ data } as MessageEvent<string>);
  return { worker, posted, answer, terminated: () => terminated };
}

describe('ordered port', () => {
  it('settles each request with the answer in its turn', async () => {
    const fake = fakeWorker();
    const port = orderedPort(fake.worker);
    const first = port.ask(1);
    const second = port.ask(2);
    expect(fake.posted).toEqual([1, 2]);
    fake.answer('one');
    fake.answer('two');
    expect(await first).toBe('one');
    expect(await second).toBe('two');
  });

  it('settles everything waiting with null when the worker fails, and says so once', async () => {
    const fake = fakeWorker();
    let failures = 0;
    const port = orderedPort(fake.worker, () => failures++);
    const waiting = [port.ask(1), port.ask(2)];
    let prevented = false;
    fake.worker.onerror!({ preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    expect(await Promise.all(waiting)).toEqual([null, null]);
    expect(prevented).toBe(true);
    expect(fake.terminated()).toBe(true);
    expect(failures).toBe(1);
    expect(await port.ask(3)).toBeNull();
    expect(fake.posted).toEqual([1, 2]);
  });

  it('stops on request: what waits gets null, nothing more is sent', async () => {
    const fake = fakeWorker();
    const port = orderedPort(fake.worker);
    const waiting = port.ask(1);
    port.stop();
    expect(port.stopped).toBe(true);
    expect(await waiting).toBeNull();
    expect(await port.ask(2)).toBeNull();
    expect(fake.posted).toEqual([1]);
  });
});
