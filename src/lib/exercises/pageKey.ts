/**
 * The name progress is saved under for a page: its path below the site's base without slashes
 * at either end, e.g. `lesson/softmax`, the same as the page's id in the docs collection.
 */
export function pageKey(pathname: string, base = '/'): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const rest = trimmedBase && pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) : pathname;
  return rest.replace(/^\/+|\/+$/g, '').replace(/\/index(\.html)?$|^index(\.html)?$/, '');
}
