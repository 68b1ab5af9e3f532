/**
 * Prints the test vectors of docs/result-bundle-format.md (the page is the record;
 * result-bundle-vectors.test.ts reads it back). The age wraps are random: pass the saved two as
 * arguments (hex) to keep them, or none to draw new ones.
 *   npx tsx test/electron/core/committee/print-result-vectors.ts [merge-wrap-hex app-wrap-hex]
 */
import { createHash } from 'node:crypto';
import {
  buildResultVectors,
  hexOf,
  resultInputs,
  specResultSection,
  specWraps,
} from './result-vector-build';

const given = process.argv.slice(2);
const out = await buildResultVectors(given.length === 2 ? given.map(hexOf) : null);
const [mergeWrap, applicationWrap] = specWraps(out.bytes);
const mergeSection = specResultSection(out.bytes, resultInputs.mergeKey, 0);
const applicationSection = specResultSection(out.bytes, resultInputs.applicationKey, 1);
const lines = (hex: string) => hex.match(/.{1,64}/g)!.join('\n');
const print = (name: string, value: string | number) =>
  console.log(`<!-- vector:${name} -->\n\`\`\`text\n${value}\n\`\`\`\n`);
print('result-merge-wrap', lines(mergeWrap!.toString('hex')));
print('result-application-wrap', lines(applicationWrap!.toString('hex')));
print('chair-fingerprint', out.people.chair.card.fingerprint);
print('chair-roster-statement', out.rosterStatement);
print('chair-roster-signature', out.rosterSignature);
print('committee-merge-json', out.mergeJson);
print('result-merge-section-json', mergeSection.json);
print('result-merge-section-padded-length', mergeSection.paddedLength);
print('result-application-section-json', applicationSection.json);
print('result-application-section-padded-length', applicationSection.paddedLength);
print('result-prefix', out.prefix);
print('result-header-json', out.headerJson);
print('result-signature', lines(out.signature));
print('result-bundle-length', out.bundleLength);
print('result-bundle-sha256', createHash('sha256').update(out.bytes).digest('hex'));
