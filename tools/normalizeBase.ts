/**
 * The path a site lives under, as `/` or `/sub/path/`: surrounding spaces and repeated
 * leading or trailing slashes are dropped, and exactly one slash is put back on each side.
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
