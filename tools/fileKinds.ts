import { existsSync, statSync } from 'node:fs';

/** True when `path` names a regular file (following links); false when it is missing. */
export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** True when `path` names a directory (following links); false when it is missing. */
export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
