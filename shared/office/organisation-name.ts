/**
 * Legal-form endings dropped before comparing organisation names, longest first. They are peeled
 * off repeatedly, so '集团有限公司' loses '有限公司' and then '集团'. Names are NFKC-normalised
 * first, so '（集团）' is written '(集团)' here.
 */
export const organisationSuffixes: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '(集团)',
  '集团',
  '公司',
];

// A suffix is only dropped when at least this much name remains: '集团公司' stays itself.
const MIN_REMAINING = 2;

/**
 * The form of an organisation's name used to decide "same organisation": NFKC (full-width
 * letters, digits and brackets become half-width), all whitespace removed, legal-form endings
 * dropped. Deliberately coarse: '某某集团有限公司' and '某某股份有限公司' compare equal (a group and
 * its listed company are treated alike), while branches and subsidiaries with other names do not.
 */
export function organisationKey(name: string): string {
  let key = name.normalize('NFKC').replace(/\s+/g, '');
  for (;;) {
    const suffix = organisationSuffixes.find(
      (s) => key.endsWith(s) && key.length - s.length >= MIN_REMAINING,
    );
    if (suffix === undefined) return key;
    key = key.slice(0, -suffix.length);
  }
}

/** True when both names are non-empty and have the same organisationKey. */
export function sameOrganisation(a: string, b: string): boolean {
  const x = organisationKey(a);
  return x !== '' && x === organisationKey(b);
}
