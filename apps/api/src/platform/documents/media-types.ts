/** How many first bytes the media type is read from (zip-based office files name their parts a little further in). */
export const SNIFF_BYTES = 64 * 1024;

/** What may be uploaded: PDF, images, office documents (OOXML, OpenDocument, legacy Office), CSV. */
export const ALLOWED_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'text/csv',
];

/** Legacy Office files are all one container format (CFB): which application made it is only said by the name. */
const LEGACY_OFFICE: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Text of a CSV: printable characters, tabs and line breaks; no NUL or other control character.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const extensionOf = (fileName: string) => /\.([a-z0-9]{1,10})$/i.exec(fileName)?.[1].toLowerCase() ?? '';

/**
 * The media type of a file, read from its first bytes (not from its name), or null when it is not one the
 * allow-list accepts. The name decides only between types the content cannot tell apart: legacy Office formats,
 * and CSV among plain texts.
 */
export async function allowedMediaType(head: Buffer, fileName: string): Promise<string | null> {
  const extension = extensionOf(fileName);
  // file-type (~0.8 MB of heap with its tokenizers) is loaded on the first upload, not with the API (issue 18).
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    if (detected.mime === 'application/x-cfb') return LEGACY_OFFICE[extension] ?? null;
    return ALLOWED_MEDIA_TYPES.includes(detected.mime) ? detected.mime : null;
  }
  if (extension === 'csv' && isText(head)) return 'text/csv';
  return null;
}

function isText(head: Buffer): boolean {
  try {
    // `stream`: the sample may end inside a multi-byte character.
    return !CONTROL.test(UTF8.decode(head, { stream: true }));
  } catch {
    return false;
  }
}

/**
 * A file name safe to store and to send back in `Content-Disposition`: no directory part, no control or reserved
 * characters (`<>:"/\|?*`), no leading dots, at most 150 characters with its extension kept; `document` when nothing is left.
 */
export function sanitiseFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001F\u007F-\u009F<>:"|?*\u2028\u2029\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '') return 'document';
  if (cleaned.length <= 150) return cleaned;
  const extension = extensionOf(cleaned);
  const keep = extension ? 150 - extension.length - 1 : 150;
  return `${[...cleaned].slice(0, keep).join('').trimEnd()}${extension ? `.${extension}` : ''}`;
}

/** `Content-Disposition: attachment` with an ASCII fallback name and the exact one in RFC 5987 form. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
