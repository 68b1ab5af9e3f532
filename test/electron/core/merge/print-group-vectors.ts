/**
 * Prints the test vectors of docs/group-bundle-format.md (the page is the record;
 * group-bundle-vectors.test.ts reads it back). The age wrap and the key directory's age files are
 * random: pass saved ones (hex; the directory's four files back to back) to keep them, or none to
 * draw new ones.
 *   npx tsx test/electron/core/merge/print-group-vectors.ts [wrap-hex [directory-hex]]
 */
import { createHash } from 'node:crypto';
import { KEY_DIRECTORY_ENTRIES } from '../../../../shared/merge/group-bundle-content';
import { directoryPayload } from '../../../../electron/core/merge/group-key-directory';
import {
  buildGroupVectors,
  groupInputs,
  hexOf,
  specSectionJson,
  splitDirectory,
} from './group-vector-build';

const [givenWrap, givenDirectory] = process.argv.slice(2);
const out = await buildGroupVectors(givenWrap === undefined ? null : hexOf(givenWrap), {
  directory: givenDirectory === undefined ? null : splitDirectory(hexOf(givenDirectory)),
});
const headerLength = out.bytes.readUInt32BE(12);
const header = JSON.parse(out.headerJson) as {
  directory: { length: number }[];
  members: { length: number }[];
  sections: { wrapLength: number }[];
};
if (header.directory.length !== KEY_DIRECTORY_ENTRIES) throw new Error('not a version 3 header');
const directoryEnd = 16 + headerLength + header.directory.reduce((s, d) => s + d.length, 0);
const wrapStart = directoryEnd + header.members.reduce((s, m) => s + m.length, 0);
const wrap = out.bytes.subarray(wrapStart, wrapStart + header.sections[0]!.wrapLength);
const section = specSectionJson(out.bytes, groupInputs.sectionKey);
const lines = (hex: string) => hex.match(/.{1,64}/g)!.join('\n');
const print = (name: string, value: string | number) =>
  console.log(`<!-- vector:${name} -->\n\`\`\`text\n${value}\n\`\`\`\n`);
print('group-section-wrap', lines(wrap.toString('hex')));
print('key-directory', lines(out.bytes.subarray(16 + headerLength, directoryEnd).toString('hex')));
// The office's and the leader's entries carry the same list: the one section's file key.
const [entry] = out.directoryEntries;
print(
  'key-directory-payload',
  lines(Buffer.from(directoryPayload(header.sections.length, entry!.keys)).toString('hex')),
);
print('merger-roster-statement', out.rosterStatement);
print('merger-roster-signature', out.rosterSignature);
print('records-json', JSON.stringify(groupInputs.records));
print('merge-json', out.mergeJson);
print('group-section-json', section.json);
print('group-section-padded-length', section.paddedLength);
print('group-prefix', out.prefix);
print('group-header-json', out.headerJson);
print('group-signature', lines(out.signature));
print('group-bundle-length', out.bundleLength);
print('group-bundle-sha256', createHash('sha256').update(out.bytes).digest('hex'));
