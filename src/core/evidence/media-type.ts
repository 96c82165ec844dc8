// What kind of file a piece of evidence is: read from its first bytes where the format has a
// signature (a renamed PNG is still a PNG), from the name only for mails and plain text,
// which have none. Anything else is refused: respond keeps screenshots, photos, PDFs and
// mails, not programs or archives a report could never show. Pure.
import type { Lang, Messages } from '../i18n.js';

export type MediaType =
  | 'image/png'
  | 'image/jpeg'
  | 'image/gif'
  | 'image/webp'
  | 'image/heic'
  | 'application/pdf'
  | 'message/rfc822'
  | 'text/plain';

/** How many first bytes `detectMediaType` looks at. */
export const SNIFF_BYTES = 1024;

const ascii = (head: Uint8Array, at: number, text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (head[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

function fromSignature(head: Uint8Array): MediaType | undefined {
  if (head[0] === 0x89 && ascii(head, 1, 'PNG\r\n\u001a\n')) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return 'image/gif';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp';
  if (ascii(head, 4, 'ftyp') && HEIF_BRANDS.some((b) => ascii(head, 8, b))) return 'image/heic';
  // A PDF's header may follow a few bytes of junk (the format allows 1024).
  for (let i = 0; i + 5 <= Math.min(head.length, SNIFF_BYTES); i++)
    if (ascii(head, i, '%PDF-')) return 'application/pdf';
  return undefined;
}

const extension = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/** Text has no NUL byte (UTF-16 and binary files do). */
const looksLikeText = (head: Uint8Array): boolean => !head.subarray(0, SNIFF_BYTES).includes(0);

/** The media type of a file from its first bytes and its name, or undefined when respond does not keep it. */
export function detectMediaType(head: Uint8Array, name: string): MediaType | undefined {
  const signed = fromSignature(head);
  if (signed !== undefined) return signed;
  const ext = extension(name);
  if (!looksLikeText(head)) return undefined;
  if (ext === 'eml') return 'message/rfc822';
  if (ext === 'txt' || ext === 'text') return 'text/plain';
  return undefined;
}

/** Images a browser shows: these get a thumbnail in the HTML report (HEIC does not, most browsers cannot draw it). */
export const SHOWN_IMAGES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);

const LABELS: Messages<Record<MediaType, string>> = {
  en: {
    'image/png': 'PNG image',
    'image/jpeg': 'JPEG photo',
    'image/gif': 'GIF image',
    'image/webp': 'WebP image',
    'image/heic': 'HEIC photo',
    'application/pdf': 'PDF',
    'message/rfc822': 'mail (.eml)',
    'text/plain': 'text',
  },
  ja: {
    'image/png': 'PNG 画像',
    'image/jpeg': 'JPEG 写真',
    'image/gif': 'GIF 画像',
    'image/webp': 'WebP 画像',
    'image/heic': 'HEIC 写真',
    'application/pdf': 'PDF',
    'message/rfc822': 'メール (.eml)',
    'text/plain': 'テキスト',
  },
};

/** "PNG image"; a type a newer respond recorded is shown as it is. */
export function mediaTypeLabel(mediaType: string, lang: Lang): string {
  const labels = LABELS[lang];
  return Object.hasOwn(labels, mediaType) ? labels[mediaType as MediaType] : mediaType;
}

/** "1.2 MB", "840 KB", "512 bytes" (1 MB = 1,000,000 bytes, as file managers show). */
export function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1000) return lang === 'ja' ? `${bytes} バイト` : `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
