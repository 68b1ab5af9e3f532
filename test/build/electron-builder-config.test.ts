/**
 * electron-builder.yml cannot be exercised here (packaging downloads Electron), so it is checked
 * against the schema app-builder-lib ships, and its security settings are asserted one by one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const requireFromHere = createRequire(import.meta.url);
const yaml = requireFromHere('js-yaml') as { load(text: string): unknown };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const config = yaml.load(readFileSync(`${ROOT}electron-builder.yml`, 'utf8')) as Record<
  string,
  unknown
>;
const packageJson = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  main?: string;
  productName?: string;
};

function schemaValidator() {
  const schema = JSON.parse(
    readFileSync(requireFromHere.resolve('app-builder-lib/scheme.json'), 'utf8'),
  ) as object;
  // scheme.json is draft-07 with union types and keywords ajv's strict mode would reject.
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
  return { ajv, validate: ajv.compile(schema) };
}

describe('electron-builder.yml', () => {
  const { ajv, validate } = schemaValidator();

  it("is valid against app-builder-lib's scheme.json", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a misspelt fuse (the schema check is not vacuous)', () => {
    const fuses = config.electronFuses as Record<string, unknown>;
    expect(validate({ ...config, electronFuses: { ...fuses, runAsnode: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('flips the fuses of SECURITY.md item 4', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs only the built app, in an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/**', 'package.json']);
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('names the product as package.json does', () => {
    expect(config.productName).toBe('质量标杆评审');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
  });

  it('publishes nothing and configures no update server', () => {
    expect(config.publish).toBeNull();
    const text = JSON.stringify(config);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/update|generic|github|s3/i);
  });

  it('targets Linux, Windows and macOS installers', () => {
    expect((config.linux as { target: unknown }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: unknown }).target).toEqual(['nsis']);
    expect((config.mac as { target: unknown }).target).toEqual(['dmg']);
  });
});
