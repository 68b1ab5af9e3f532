/**
 * Prints the test vectors of docs/group-bundle-format.md (the page is the record;
 * group-bundle-vectors.test.ts reads it back). The age wrap is random: pass a saved one as the
 * first argument (hex) to keep it, or none to draw a new one.
 *   npx tsx test/electron/core/merge/print-group-vectors.ts [wrap-hex]
 */
import { createHash } from 'node:crypto';
import { buildGroupVectors, groupInputs, hexOf, specSectionJson } from './group-vector-build';

const given = process.argv[2];
const out = await buildGroupVectors(given === undefined ? null : hexOf(given));
const headerLength = out.bytes.readUInt32BE(12);
const header = JSON.parse(out.headerJson) as {
  members: { length: number }[];
  sections: { wrapLength: number }[];
};
const wrapStart = 16 + headerLength + header.members.reduce((s, m) => s + m.length, 0);
const wrap = out.bytes.subarray(wrapStart, wrapStart + header.sections[0]!.wrapLength);
const section = specSectionJson(out.bytes, groupInputs.sectionKey);
const lines = (hex: string) => hex.match(/.{1,64}/g)!.join('\n');
const print = (name: string, value: string | number) =>
  console.log(`<!-- vector:${name} -->\n\`\`\`text\n${value}\n\`\`\`\n`);
print('group-section-wrap', lines(wrap.toString('hex')));
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
