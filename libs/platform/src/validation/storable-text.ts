import { LocalizedText } from '../errors/error-reasons';
/**
 * Text a service can store and pass on. PostgreSQL's text and jsonb cannot hold U+0000, and a
 * UTF-16 surrogate without its pair is not Unicode text at all: the driver would store it as
 * U+FFFD, and jsonb (the outbox) refuses its `\ud800` escape. Both are refused at the edge, as the
 * client's error, rather than failing in the database as the service's.
 */

/** A surrogate code unit without its pair; with the `u` flag a well-formed pair is one code point. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why text cannot be stored, in each language the API writes in, or null when it can. */
export function unstorableTextMessage(text: string): LocalizedText | null {
  if (text.includes('\u0000')) {
    return {
      EN: 'must not contain a NUL character (U+0000)',
      FR: 'ne doit pas contenir de caractère NUL (U+0000)',
    };
  }
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return {
      EN: `must be well-formed Unicode text (got a lone surrogate U+${code})`,
      FR: `doit être un texte Unicode bien formé (surrogate isolé U+${code})`,
    };
  }
  return null;
}

/** Why text cannot be stored, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  return unstorableTextMessage(text)?.EN ?? null;
}

/** The first field, by its path into nested inputs (`lines.2.label`), holding unstorable text. */
export interface UnstorableText {
  field: string;
  reason: string;
  message: LocalizedText;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  // GraphQL gives input objects without a prototype; JSON.parse gives plain ones.
  return prototype === null || prototype === Object.prototype;
}

const pathOf = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * Looks through every string of an input, keys of objects (a JSON argument's) included, nested
 * objects and lists too. Other values (numbers, dates, uploads) are left alone.
 */
export function findUnstorableText(value: unknown, field = ''): UnstorableText | null {
  if (typeof value === 'string') {
    const message = unstorableTextMessage(value);
    return message ? { field, reason: message.EN, message } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, pathOf(field, String(index)));
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyMessage = unstorableTextMessage(key);
      if (keyMessage) {
        const message = { EN: `keys ${keyMessage.EN}`, FR: `les clés ${keyMessage.FR}` };
        return { field, reason: message.EN, message };
      }
      const found = findUnstorableText(item, pathOf(field, key));
      if (found) return found;
    }
  }
  return null;
}

/**
 * The text with each NUL and lone surrogate written as its escape (`\u0000`, `\uD800`): for what
 * must be stored whatever came, such as the audit of a request refused for holding them.
 */
export function escapeUnstorableText(text: string): string {
  return text
    .replaceAll('\u0000', '\\u0000')
    .replace(
      /\p{Cs}/gu,
      (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
}
