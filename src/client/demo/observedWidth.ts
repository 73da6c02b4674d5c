/**
 * The width of `el` (its clientWidth, in px) without making the browser lay the page out to
 * answer. A live figure sizes each redraw to its column; read while other parts of the page
 * have just changed, clientWidth forces a layout of the whole page in the middle of the redraw
 * (about 10 ms at a phone's speed while a run trains). A ResizeObserver notes the width after
 * each layout that changes it, and a read in between gives the last width noted; before the
 * first note (or without ResizeObserver) it reads clientWidth.
 */
export function observedWidth(el: HTMLElement): () => number {
  let width: number | undefined;
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      width = el.clientWidth;
    }).observe(el);
  }
  return () => width ?? el.clientWidth;
}
