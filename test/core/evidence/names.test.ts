import { describe, expect, it } from 'vitest';
import { detectMediaType } from '../../../src/core/evidence/media-type.js';
import { cleanOriginalName, parseDroppedPaths, storedName } from '../../../src/core/evidence/names.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const SHA = 'ab'.repeat(32);

describe('the kind of an evidence file', () => {
  it.each([
    ['a PNG, even named .jpg', bytes([0x89], 'PNG\r\n\u001a\n', [0, 0]), 'x.jpg', 'image/png'],
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe0]), 'IMG_0001.JPG', 'image/jpeg'],
    ['a GIF', bytes('GIF89a'), 'a.gif', 'image/gif'],
    ['a WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'a.webp', 'image/webp'],
    ['an iPhone photo', bytes([0, 0, 0, 24], 'ftypheic'), 'IMG_1.HEIC', 'image/heic'],
    ['a PDF', bytes('%PDF-1.7\n'), 'statement', 'application/pdf'],
    ['a mail by its name', bytes('From: a@b\r\n'), 'Order.EML', 'message/rfc822'],
    ['a text file', bytes('hello'), 'notes.txt', 'text/plain'],
  ])('%s', (_what, head, name, type) => {
    expect(detectMediaType(head, name)).toBe(type);
  });

  it.each([
    ['a program', bytes([0x7f], 'ELF', [2, 1, 1, 0]), 'run.png'],
    ['a zip archive', bytes('PK', [3, 4]), 'photos.zip'],
    ['binary bytes named .eml', bytes('ab', [0], 'cd'), 'x.eml'],
    ['an HTML page', bytes('<html>'), 'page.html'],
  ])('refuses %s', (_what, head, name) => {
    expect(detectMediaType(head, name)).toBeUndefined();
  });
});

describe('the names of evidence', () => {
  it('keeps the original name without its folder, controls or bidi marks', () => {
    expect(cleanOriginalName('/home/me/Desktop/shot\u001b[31m\u202e.png')).toBe('shot.png');
    expect(cleanOriginalName('C:\\Users\\me\\スクリーンショット 2026-11-22.png')).toBe(
      'スクリーンショット 2026-11-22.png',
    );
  });

  it.each([
    ['Screenshot 2026-11-22 at 09.05.png', 'abababababab-Screenshot_2026-11-22_at_09.05.png'],
    ['スクリーンショット (1).png', 'abababababab-スクリーンショット_1_.png'],
    ['../../etc/passwd', 'abababababab-passwd'],
    ['..', 'abababababab-file'],
    ['.hidden.eml', 'abababababab-hidden.eml'],
    [`${'x'.repeat(300)}.jpeg`, `abababababab-${'x'.repeat(60)}.jpeg`],
  ])('%s is stored as %s', (original, stored) => {
    const name = storedName(SHA, original);
    expect(name).toBe(stored);
    expect(name).not.toMatch(/[/\\]|^\./);
  });
});

describe('a path dragged into the terminal', () => {
  it.each([
    ["'/home/me/a b.png'", ['/home/me/a b.png']],
    ['"/home/me/a b.png"', ['/home/me/a b.png']],
    ['/home/me/a\\ b\\ \\(1\\).png', ['/home/me/a b (1).png']],
    ['file:///home/me/a%20b.png', ['/home/me/a b.png']],
    ["  '/tmp/one.png' '/tmp/two.png'  ", ['/tmp/one.png', '/tmp/two.png']],
    ["/tmp/it's.png", ['/tmp/its.png']],
    ['', []],
    ['   ', []],
  ])('%s', (line, paths) => {
    expect(parseDroppedPaths(line)).toEqual(paths);
  });
});
