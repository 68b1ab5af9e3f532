import { describe, expect, it } from 'vitest';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import { createUnitDirectoryService } from '../../../../electron/core/units/unit-directory';
import { AppError } from '../../../../shared/errors';

describe('unit directory', () => {
  it('starts every year from the 49 units of Attachment 2', async () => {
    const service = createUnitDirectoryService(createMemoryJsonStore());
    const directory = await service.list(2026);
    expect(directory.isDefault).toBe(true);
    expect(directory.units).toHaveLength(49);
  });

  it('keeps each year its own list', async () => {
    const service = createUnitDirectoryService(createMemoryJsonStore());
    const base = (await service.list(2025)).units;
    const edited = base.map((unit, i) =>
      i === 0 ? { ...unit, ranOwnBenchmarkActivity: true } : unit,
    );
    await service.save(2025, edited);
    expect((await service.list(2025)).units[0]!.ranOwnBenchmarkActivity).toBe(true);
    expect((await service.list(2025)).isDefault).toBe(false);
    expect((await service.list(2026)).units[0]!.ranOwnBenchmarkActivity).toBe(false);
  });

  it('refuses duplicate names', async () => {
    const service = createUnitDirectoryService(createMemoryJsonStore());
    const [first, second] = (await service.list(2026)).units;
    await expect(
      service.save(2026, [first!, { ...second!, name: first!.name }]),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('resets to Attachment 2', async () => {
    const service = createUnitDirectoryService(createMemoryJsonStore());
    const [first] = (await service.list(2026)).units;
    await service.save(2026, [first!]);
    expect((await service.list(2026)).units).toHaveLength(1);
    expect((await service.reset(2026)).units).toHaveLength(49);
    expect((await service.list(2026)).isDefault).toBe(true);
  });

  it('falls back to Attachment 2 when the stored list is damaged', async () => {
    const store = createMemoryJsonStore();
    await store.write('units-2026', { year: 2026, units: [{ nonsense: true }] });
    const directory = await createUnitDirectoryService(store).list(2026);
    expect(directory.isDefault).toBe(true);
    expect(directory.units).toHaveLength(49);
  });
});
