/**
 * Text from a link or a field, made safe to show in one line of a message: every character a
 * reader could not see (control characters, line breaks, zero-width and direction marks) is
 * written as an escape, as JSON.stringify would ("\u0000\n1", not a bare "1"), and long text is
 * cut. The result is still plain text: the page sets it as textContent, never as markup.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function escapeInvisible(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(INVISIBLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` escaped and cut to `max` characters, in typographic quotes: “\u0000\n1”. */
export function quoteVisible(text: string, max: number): string {
  const shown = escapeInvisible(text);
  return `“${shown.length > max ? `${shown.slice(0, max)}…` : shown}”`;
}
