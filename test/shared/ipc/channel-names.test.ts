import { describe, expect, it } from 'vitest';
import { channelNameList, isChannelName } from '../../../shared/ipc/channel-names';
import { channels } from '../../../shared/ipc/channels';

describe('channel names', () => {
  it('lists exactly the channels of the map, once each', () => {
    expect([...channelNameList].sort()).toEqual(Object.keys(channels).sort());
    expect(new Set(channelNameList).size).toBe(channelNameList.length);
  });

  it('names every channel <area>:<verb>', () => {
    for (const name of channelNameList) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it('does not take inherited object keys for channels', () => {
    expect(isChannelName('constructor')).toBe(false);
    expect(isChannelName('__proto__')).toBe(false);
    expect(isChannelName(7)).toBe(false);
  });
});
