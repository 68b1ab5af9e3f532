/**
 * Read-ahead in order: results in order whatever order the tasks end in, never more than the
 * window running, a failure thrown in its turn, and an early end that waits for what started.
 */
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../../../electron/core/crypto/in-order';

/** Tasks that end when the test says so. */
function controlled() {
  const ends: Array<(value: number) => void> = [];
  const fails: Array<(error: Error) => void> = [];
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const task = (i: number) =>
    new Promise<number>((resolve, reject) => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      ends[i] = (value) => {
        running--;
        resolve(value);
      };
      fails[i] = (error) => {
        running--;
        reject(error);
      };
    });
  return { task, ends, fails, started, most: () => most };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('inOrder', () => {
  it('yields in order, with at most the window running', async () => {
    const c = controlled();
    const results: number[] = [];
    const reading = (async () => {
      for await (const value of inOrder(6, 3, c.task)) results.push(value);
    })();
    await tick();
    expect(c.started).toEqual([0, 1, 2]);
    c.ends[2]!(20);
    c.ends[1]!(10);
    await tick();
    expect(results).toEqual([]);
    c.ends[0]!(0);
    await tick();
    expect(results).toEqual([0, 10, 20]);
    expect(c.started).toEqual([0, 1, 2, 3, 4, 5]);
    for (const i of [5, 4, 3]) c.ends[i]!(i * 10);
    await reading;
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(c.most()).toBe(3);
  });

  it('throws a failure in its turn, after the results before it and none after', async () => {
    const c = controlled();
    const results: number[] = [];
    const reading = (async () => {
      for await (const value of inOrder(4, 4, c.task)) results.push(value);
    })();
    await tick();
    c.ends[3]!(3);
    c.fails[1]!(new Error('chunk 1'));
    c.ends[2]!(2);
    await tick();
    c.ends[0]!(0);
    await expect(reading).rejects.toThrow('chunk 1');
    expect(results).toEqual([0]);
  });

  it('ends early only once the started tasks have ended, and starts no more', async () => {
    const c = controlled();
    const generator = inOrder(10, 3, c.task);
    const first = generator.next();
    await tick();
    c.ends[0]!(0);
    expect((await first).value).toBe(0);
    expect(c.started).toEqual([0, 1, 2, 3]);
    let returned = false;
    const ending = generator.return(undefined).then(() => (returned = true));
    await tick();
    expect(returned).toBe(false);
    c.ends[1]!(1);
    c.ends[2]!(2);
    await tick();
    expect(returned).toBe(false);
    c.ends[3]!(3);
    await ending;
    expect(c.started).toEqual([0, 1, 2, 3]);
  });
});
