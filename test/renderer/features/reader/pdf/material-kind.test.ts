import { describe, expect, it } from 'vitest';
import {
  imageMimeType,
  materialKind,
} from '../../../../../renderer/features/reader/pdf/material-kind';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((value) =>
      typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value],
    ),
  );

describe('materialKind', () => {
  it('knows a PDF, a JPEG and a PNG by their first bytes, whatever the name', () => {
    expect(materialKind(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(materialKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('jpeg');
    expect(materialKind(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
  });

  it('knows a TIFF scan in either byte order, and not BigTIFF', () => {
    expect(materialKind(bytes('II', 0x2a, 0, 8, 0, 0, 0))).toBe('tiff');
    expect(materialKind(bytes('MM', 0, 0x2a, 0, 0, 0, 8))).toBe('tiff');
    expect(materialKind(bytes('II', 0x2b, 0, 8, 0, 0, 0))).toBe('unknown');
  });

  it('finds a PDF header after junk in the first kilobyte, not later', () => {
    expect(materialKind(bytes(' '.repeat(500), '%PDF-1.4'))).toBe('pdf');
    expect(materialKind(bytes(' '.repeat(1025), '%PDF-1.4'))).toBe('unknown');
  });

  it('calls anything else unknown: a ZIP (a .docx), an OLE2 file, text, nothing', () => {
    expect(materialKind(bytes('PK', 3, 4))).toBe('unknown');
    expect(materialKind(bytes(0xd0, 0xcf, 0x11, 0xe0))).toBe('unknown');
    expect(materialKind(bytes('%PDF'))).toBe('unknown');
    expect(materialKind(new Uint8Array(0))).toBe('unknown');
  });

  it('gives each image kind its MIME type', () => {
    expect(imageMimeType('jpeg')).toBe('image/jpeg');
    expect(imageMimeType('png')).toBe('image/png');
  });
});
