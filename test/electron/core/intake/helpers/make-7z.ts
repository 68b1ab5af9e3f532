/**
 * Creates a 7z archive with 7-Zip (7z-wasm) in its own process, because the WASM glue installs
 * process-wide handlers we keep out of the test runner. Run through `build7z` below.
 * argv[2]: JSON `SevenZipSpec`; stdout: the archive in base64.
 */
import SevenZip from '7z-wasm';
import type { SevenZipSpec } from './seven-zip-spec';

const spec = JSON.parse(process.argv[2] ?? '{}') as SevenZipSpec;
const sevenZip = await SevenZip({ print: () => {}, printErr: () => {} });
const { FS } = sevenZip;
FS.mkdir('/src');
const names: string[] = [];
for (const file of spec.files) {
  const path = `/src/${file.name}`;
  const parts = file.name.split('/');
  for (let i = 1; i < parts.length; i++) {
    try {
      FS.mkdir(`/src/${parts.slice(0, i).join('/')}`);
    } catch {
      // The folder exists already.
    }
  }
  const data =
    file.zeros !== undefined ? new Uint8Array(file.zeros) : Buffer.from(file.text ?? '', 'utf8');
  FS.writeFile(path, data);
  names.push(parts[0]!);
}
for (const link of spec.links ?? []) {
  FS.symlink(link.target, `/src/${link.name}`);
  names.push(link.name);
}
FS.chdir('/src');
const args = ['a', '-snl', '/out.7z', ...new Set(names)];
if (spec.password !== undefined)
  args.push(`-p${spec.password}`, spec.encryptHeaders ? '-mhe=on' : '-mhe=off');
sevenZip.callMain(args);
process.stdout.write(Buffer.from(FS.readFile('/out.7z')).toString('base64'));
