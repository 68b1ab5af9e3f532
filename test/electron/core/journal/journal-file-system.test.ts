/** The journal's own disk: a plain descriptor that writes where asked and refuses use once closed. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeJournalFileSystem } from '../../../../electron/core/journal';
import { useScratch } from './journal-fixtures';

const scratch = useScratch();

describe('the journal file system', () => {
  it('writes at the positions asked, truncates, and creates only a new file', async () => {
    const path = join(scratch(), 'j.bin');
    const handle = await nodeJournalFileSystem.open(path, 'create');
    expect(await handle.write(Buffer.from('abcdef'), 0)).toBe(6);
    expect(await handle.write(Buffer.from('XY'), 2)).toBe(2);
    await handle.sync();
    await handle.truncate(5);
    await handle.close();
    expect(await readFile(path, 'latin1')).toBe('abXYe');
    await expect(nodeJournalFileSystem.open(path, 'create')).rejects.toMatchObject({
      code: 'EEXIST',
    });
    await expect(
      nodeJournalFileSystem.open(join(scratch(), 'none'), 'update'),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses every call once closed, so a reused descriptor number is never written', async () => {
    const path = join(scratch(), 'j.bin');
    await writeFile(path, 'saved');
    const handle = await nodeJournalFileSystem.open(path, 'update');
    await handle.close();
    // The number may now name a file opened since: nothing reaches it.
    const other = await nodeJournalFileSystem.open(join(scratch(), 'other.bin'), 'create');
    await expect(handle.write(Buffer.from('x'), 0)).rejects.toMatchObject({ code: 'EBADF' });
    await expect(handle.sync()).rejects.toMatchObject({ code: 'EBADF' });
    await expect(handle.truncate(0)).rejects.toMatchObject({ code: 'EBADF' });
    await handle.close();
    await other.close();
    expect(await readFile(path, 'latin1')).toBe('saved');
    expect(await readFile(join(scratch(), 'other.bin'), 'latin1')).toBe('');
  });
});
