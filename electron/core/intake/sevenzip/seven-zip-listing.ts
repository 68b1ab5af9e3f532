/** One entry of `7zz l -slt` output. */
export interface SevenZipListedEntry {
  readonly path: string;
  readonly isDirectory: boolean;
  readonly isLink: boolean;
  readonly size: number;
  /** Empty for all but the first file of a solid block: not known per entry. */
  readonly packedSize: number | null;
  readonly encrypted: boolean;
}

const SEPARATOR = '----------';

function toEntry(props: ReadonlyMap<string, string>): SevenZipListedEntry | null {
  const path = props.get('Path');
  if (path === undefined) return null;
  const attributes = props.get('Attributes') ?? '';
  const [flags = '', mode = ''] = attributes.split(' ');
  const packed = props.get('Packed Size') ?? '';
  return {
    path,
    isDirectory: props.get('Folder') === '+' || flags.includes('D') || mode.startsWith('d'),
    isLink: mode.startsWith('l'),
    size: Number(props.get('Size') ?? '0') || 0,
    packedSize: /^\d+$/.test(packed) ? Number(packed) : null,
    encrypted: props.get('Encrypted') === '+',
  };
}

/**
 * Parses the technical listing. Returns null when a line fits no "Key = value" shape, which a
 * name with a line break would cause: such a listing cannot be trusted to match the archive.
 */
export function parseSevenZipListing(lines: readonly string[]): SevenZipListedEntry[] | null {
  const start = lines.indexOf(SEPARATOR);
  if (start < 0) return [];
  const entries: SevenZipListedEntry[] = [];
  let props = new Map<string, string>();
  const flush = (): boolean => {
    if (props.size === 0) return true;
    const entry = toEntry(props);
    props = new Map();
    if (entry === null) return false;
    entries.push(entry);
    return true;
  };
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') {
      if (!flush()) return null;
      continue;
    }
    const match =
      /^([A-Za-z][A-Za-z ]*?) = (.*)$/.exec(line) ?? /^([A-Za-z][A-Za-z ]*?) =$/.exec(line);
    if (match === null) return null;
    const key = match[1]!;
    if (key === 'Path' && props.size > 0 && !flush()) return null;
    props.set(key, match[2] ?? '');
  }
  return flush() ? entries : null;
}
