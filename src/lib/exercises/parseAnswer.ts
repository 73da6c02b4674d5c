/**
 * Reads a number the way a reader writes it: `0.353`, `.353`, `35.3%`, `3.53e-1`, `1/3`, with
 * spaces around it and a leading minus (ASCII `-` or the typographic `−`). Anything else gives a
 * sentence saying what is wrong with it; it never throws.
 */
export type ParsedAnswer = { ok: true; value: number } | { ok: false; reason: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const FORMATS = 'Write it like 0.353, 35.3%, 3.53e-1 or 1/3.';
const SHOWN_CHARS = 20;

function plain(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

export function parseAnswer(raw: string): ParsedAnswer {
  const text = String(raw ?? '').trim().replaceAll('\u2212', '-').replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'Type a number first.' };
  const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  const fail = (lead: string): ParsedAnswer => ({ ok: false, reason: `${lead} ${FORMATS}` });
  if (/^[+-]?\d+,\d+$/.test(text)) return fail(`“${shown}” uses a comma: write the decimal point as a point.`);

  let value: number | undefined;
  const fraction = /^([^/]+)\/([^/]+)$/.exec(text);
  if (fraction) {
    const top = plain(fraction[1].trim());
    const bottom = plain(fraction[2].trim());
    if (top === undefined || bottom === undefined) return fail(`“${shown}” is not a fraction of two numbers.`);
    if (bottom === 0) return { ok: false, reason: 'A fraction cannot have 0 below the line: it has no value.' };
    value = top / bottom;
  } else if (text.endsWith('%')) {
    const percent = plain(text.slice(0, -1).trim());
    if (percent === undefined) return fail(`“${shown}” is not a percentage.`);
    value = percent / 100;
  } else {
    value = plain(text);
    if (value === undefined) return fail(`“${shown}” is not a number.`);
  }
  if (!Number.isFinite(value)) return { ok: false, reason: `“${shown}” is too large to be a number this page can check.` };
  // -0 reads as 0 everywhere after this.
  return { ok: true, value: value === 0 ? 0 : value };
}
