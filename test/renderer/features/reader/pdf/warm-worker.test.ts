import { describe, expect, it } from 'vitest';
import { WarmWorker } from '../../../../../renderer/features/reader/pdf/warm-worker';

/** A holder whose workers are numbered, with the numbers of those stopped. */
function counting() {
  const stopped: number[] = [];
  let next = 0;
  const holder = new WarmWorker(() => {
    const worker = ++next;
    return { worker, stop: () => stopped.push(worker) };
  });
  return { holder, stopped };
}

describe('WarmWorker', () => {
  it('lends one worker to document after document, started once', () => {
    const { holder, stopped } = counting();
    const first = holder.lend();
    first.giveBack();
    const second = holder.lend();
    second.giveBack();
    expect([first.worker, second.worker]).toEqual([1, 1]);
    expect(holder.startedCount).toBe(1);
    expect(stopped).toEqual([]);
    expect(holder.running).toBe(true);
  });

  it('starts the worker ahead of a document, and only once', () => {
    const { holder } = counting();
    holder.warm();
    holder.warm();
    expect(holder.lend().worker).toBe(1);
    expect(holder.startedCount).toBe(1);
  });

  it('ends the worker when retired (package closed, app locked); the next document starts another', () => {
    const { holder, stopped } = counting();
    const lease = holder.lend();
    holder.retire();
    expect(stopped).toEqual([1]);
    expect(holder.running).toBe(false);
    lease.giveBack();
    expect(holder.lend().worker).toBe(2);
    holder.retire();
    holder.retire();
    expect(stopped).toEqual([1, 2]);
  });

  it('ends a worker a document left stuck, and lends a new one after', () => {
    const { holder, stopped } = counting();
    const stuck = holder.lend();
    stuck.giveBack(true);
    expect(stopped).toEqual([1]);
    expect(holder.lend().worker).toBe(2);
  });

  it('does not end a newer worker for a stuck document of an older one', () => {
    const { holder, stopped } = counting();
    const old = holder.lend();
    holder.retire();
    const fresh = holder.lend();
    old.giveBack(true);
    expect(stopped).toEqual([1]);
    expect(fresh.worker).toBe(2);
    expect(holder.running).toBe(true);
  });

  it('lends a worker set aside (a page past its time limit) to no new document, and ends it when its document closes', () => {
    const { holder, stopped } = counting();
    const stuck = holder.lend();
    stuck.setAside();
    const next = holder.lend();
    expect(next.worker).toBe(2);
    expect(stopped).toEqual([]);
    stuck.giveBack();
    expect(stopped).toEqual([1]);
    next.giveBack();
    expect(stopped).toEqual([1]);
  });

  it('ends a worker set aside when retired too', () => {
    const { holder, stopped } = counting();
    holder.lend().setAside();
    holder.lend();
    holder.retire();
    expect(stopped.sort()).toEqual([1, 2]);
  });

  it('counts a lease given back twice once', () => {
    const { holder, stopped } = counting();
    const lease = holder.lend();
    lease.giveBack();
    lease.giveBack(true);
    expect(stopped).toEqual([]);
  });
});
