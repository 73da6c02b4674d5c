/**
 * What the server rendered in a part of a demo (a table cell, a caption, a figure panel's SVG, a
 * table), kept aside when the script starts so that Reset brings back exactly what a reader
 * without JavaScript sees. A missing element saves nothing and restores nothing.
 */
export interface SavedMarkup {
  readonly el: HTMLElement | null;
  /** The saved markup's text. */
  readonly text: string;
  /** Puts the saved markup back where the element shows something else; leaves it alone where it shows it. */
  restore(): void;
}

export function saveMarkup(el: HTMLElement | null): SavedMarkup {
  const html = el?.innerHTML ?? '';
  return {
    el,
    text: el?.textContent ?? '',
    restore() {
      if (el && el.innerHTML !== html) el.innerHTML = html;
    },
  };
}

/** The markup of every element under root that matches selector. */
export function saveAllMarkup(root: ParentNode, selector: string): SavedMarkup[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector), saveMarkup);
}
