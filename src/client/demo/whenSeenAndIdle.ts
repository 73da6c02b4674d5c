/**
 * Runs `job` once, in an idle moment after `el` first comes within `margin` of the viewport: work
 * a demo needs on its first use, such as its data, done while the reader reads rather than in
 * the task of the click that starts it. Without IntersectionObserver it waits for an idle moment
 * alone; without requestIdleCallback, for a timer. The returned function cancels what is pending.
 */
export function whenSeenAndIdle(el: Element, job: () => void, margin = '50% 0px'): () => void {
  let cancelIdle: (() => void) | undefined;
  let observer: IntersectionObserver | undefined;
  const idle = () => {
    observer?.disconnect();
    observer = undefined;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => job(), { timeout: 2000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(job, 200);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  if (typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && idle(), { rootMargin: margin });
    observer.observe(el);
  } else {
    idle();
  }
  return () => {
    observer?.disconnect();
    cancelIdle?.();
  };
}
