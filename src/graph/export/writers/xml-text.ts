// XML 1.0 forbids most control characters even as character references; they are dropped
// (the dataset has none, but an export must stay well-formed whatever the text holds).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, so that a parser does not normalise them to spaces inside an attribute value.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text safe in XML element content and in a double- or single-quoted attribute value. */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"'\n\r\t]/g, (char) => ENTITIES[char]);
}
