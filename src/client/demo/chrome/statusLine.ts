/**
 * A demo's status line: the [data-status] element the server rendered (a polite live region in
 * most demos, so screen readers read out what it says), and the text it had at build time.
 * Without such an element every call does nothing.
 */
export type StatusKind = 'ok' | 'problem';

export interface StatusLine {
  /** Puts text in, unless the line already says it (a live region would read it again). */
  show(text: string): void;
  /** Says text marked data-kind="ok" | "problem", even when the same text is there (a repeated action is read out again). */
  say(text: string, kind?: StatusKind): void;
  /** Back to the build-time text. */
  restore(): void;
}

export function statusLine(root: ParentNode): StatusLine {
  const el = root.querySelector<HTMLElement>('[data-status]');
  const original = el?.textContent ?? '';
  const show = (text: string) => {
    if (el && el.textContent !== text) el.textContent = text;
  };
  return {
    show,
    say(text, kind = 'ok') {
      if (!el) return;
      el.textContent = text;
      el.dataset.kind = kind;
    },
    restore: () => show(original),
  };
}
