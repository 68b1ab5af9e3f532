import { describe, expect, it, vi } from 'vitest';
import { createCoreServices } from '../../../electron/core/services';
import { createMemoryJsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import { AppError, errorText } from '../../../shared/errors';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';

/** Never created: these tests do not touch identities. */
const NO_IDENTITIES = '/nonexistent/qbr-identities';

function makeDispatch(onInternalError = vi.fn()) {
  const services = createCoreServices({
    store: createMemoryJsonStore(),
    host: 'test-harness',
    appVersion: '1.2.3',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(NO_IDENTITIES),
  });
  return {
    dispatch: createDispatch(createHandlers(services), onInternalError),
    services,
    onInternalError,
  };
}

/** An application in scope (四) whose applicant is no SME: it breaks one of our own rules. */
const NOT_AN_SME_IN_SCOPE_4 = {
  application: {
    id: 'a001',
    applicationNo: '2026001',
    applicantName: '某公司',
    experienceTitle: '某经验',
    recommendingUnitId: 'u01',
    scope: 4,
    focusArea: 'none',
    isSme: false,
  },
};

describe('dispatch', () => {
  it('answers a valid call with the handler value', async () => {
    const { dispatch } = makeDispatch();
    expect(await dispatch('app:getInfo', {})).toEqual({
      ok: true,
      value: { name: '质量标杆评审', version: '1.2.3', platform: 'linux', host: 'test-harness' },
    });
  });

  it.each([
    ['a wrong type', { deadline: 2026 }],
    ['a date without its offset', { deadline: '2026-06-30T23:59:59' }],
    ['an extra key', { deadline: null, sneaky: 1 }],
    ['no object at all', null],
    ['a string', 'deadline'],
  ])('refuses %s with invalid-input and says where', async (_label, request) => {
    const { dispatch } = makeDispatch();
    const result = await dispatch('office:setDeadline', request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.issues?.length).toBeGreaterThan(0);
    }
  });

  it('says which of our own rules a request broke', async () => {
    const { dispatch } = makeDispatch();
    const result = await dispatch('office:updateApplication', NOT_AN_SME_IN_SCOPE_4);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('中小企业');
    expect(JSON.stringify(result)).not.toContain('某公司');
  });

  it('does not echo the rejected values back', async () => {
    const { dispatch } = makeDispatch();
    const secret = '保密申报单位名称';
    const result = await dispatch('office:setUnits', {
      units: [{ id: 'u1', name: secret }],
    });
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it.each([['units:list'], ['office:drop'], ['__proto__'], ['constructor'], [42], [undefined]])(
    'refuses the unknown channel %s',
    async (channel) => {
      const { dispatch } = makeDispatch();
      const result = await dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    },
  );

  it('turns an AppError into its typed code', async () => {
    const { services } = makeDispatch();
    const handlers = {
      ...createHandlers(services),
      'office:setUnits': () => {
        throw new AppError('units-repeated', { values: ['甲单位'] });
      },
    };
    const unit = { id: 'a', name: '甲单位', kind: 'region', ranOwnBenchmarkActivity: false };
    const result = await createDispatch(handlers)('office:setUnits', {
      units: [unit, { ...unit, id: 'b' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: { code: 'units-repeated' } },
    });
  });

  it('turns an unexpected throw into internal, reported but not leaked', async () => {
    const onInternalError = vi.fn();
    const services = createCoreServices({
      store: createMemoryJsonStore(),
      host: 'test-harness',
      appVersion: '1',
      platform: 'linux',
      fileChooser: preparedFileChooser(),
      identities: preparedIdentities(NO_IDENTITIES),
    });
    const handlers = {
      ...createHandlers(services),
      'app:getInfo': () => {
        throw new Error('disk on fire at /home/expert/secret.docx');
      },
    };
    const result = await createDispatch(handlers, onInternalError)('app:getInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret.docx');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('refuses a handler answer that breaks the contract', async () => {
    const services = createCoreServices({
      store: createMemoryJsonStore(),
      host: 'test-harness',
      appVersion: '1',
      platform: 'linux',
      fileChooser: preparedFileChooser(),
      identities: preparedIdentities(NO_IDENTITIES),
    });
    const handlers = { ...createHandlers(services), 'app:getInfo': () => ({ name: 1 }) as never };
    const result = await createDispatch(handlers)('app:getInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('answers a refusal with its kind, its typed reason and the words in both languages', async () => {
    const { dispatch } = makeDispatch();
    expect(await dispatch('office:overview', {})).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        reason: { code: 'office-not-open', params: {} },
        message: '尚未打开办公室案卷。/ No office workspace is open.',
      },
    });
  });

  it('carries the figures a screen needs as parameters', async () => {
    const { services } = makeDispatch();
    const handlers = {
      ...createHandlers(services),
      'office:overview': () => {
        throw new AppError('rolled-back', { found: 12, highest: 15 });
      },
    };
    const result = await createDispatch(handlers)('office:overview', {});
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'refused',
        reason: { code: 'rolled-back', params: { found: 12, highest: 15 } },
      },
    });
  });

  it('tells a file-system failure by what happened, never by its path', async () => {
    const onInternalError = vi.fn();
    const { services } = makeDispatch();
    const path = '/home/expert/某公司/申报书.docx';
    const handlers = {
      ...createHandlers(services),
      'app:getInfo': () => {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
          code: 'ENOSPC',
          path,
        });
      },
    };
    const result = await createDispatch(handlers, onInternalError)('app:getInfo', {});
    expect(result).toMatchObject({ ok: false, error: { reason: { code: 'disk-full' } } });
    expect(JSON.stringify(result)).not.toContain('某公司');
    expect(onInternalError).not.toHaveBeenCalled();
  });

  it('logs an unexpected failure by channel and error class only', async () => {
    const onInternalError = vi.fn();
    const { services } = makeDispatch();
    const handlers = {
      ...createHandlers(services),
      'app:getInfo': () => {
        throw new TypeError('secret.docx is not a function');
      },
    };
    const result = await createDispatch(handlers, onInternalError)('app:getInfo', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', reason: { code: 'internal', params: { channel: 'app:getInfo' } } },
    });
    expect(onInternalError).toHaveBeenCalledWith('app:getInfo', 'TypeError');
  });

  it('names our rules by code, so the English UI words them in English', async () => {
    const { dispatch } = makeDispatch();
    const result = await dispatch('office:updateApplication', NOT_AN_SME_IN_SCOPE_4);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.reason).toEqual({
      code: 'invalid-input',
      params: {
        channel: 'office:updateApplication',
        issues: [{ path: 'application.isSme', rule: 'sme-required' }],
      },
    });
    expect(errorText(result.error.reason, 'en')).toBe(
      'An applicant in scope (4) or in the specialised SME focus area must be an SME.',
    );
  });

  it('keeps AppError distinct from plain errors', () => {
    expect(new AppError('office-not-open')).toBeInstanceOf(Error);
  });
});
