import iconv from 'iconv-lite';

/**
 * The byte strings a password may have been typed as: UTF-8 (7-Zip, WinZip AES, macOS) and
 * GB18030 (Chinese Windows tools hash the code-page bytes). ASCII passwords give one candidate.
 */
export function passwordCandidates(password: string): Uint8Array[] {
  const utf8 = Buffer.from(password, 'utf8');
  const gb = iconv.encode(password, 'gb18030');
  return utf8.equals(gb) ? [utf8] : [utf8, gb];
}
