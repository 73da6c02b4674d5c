import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The nginx configuration the self-hosting guide prints; tests read it so they cannot drift apart. */
export const NGINX_CONFIG_PATH = fileURLToPath(new URL('../../../deploy/nginx.conf', import.meta.url));

/**
 * The `add_header Name "value" always;` lines of the configuration, as a header map. Only
 * quoted values are read: every header the guide sets is written that way.
 */
export function nginxHeaders(config: string = readFileSync(NGINX_CONFIG_PATH, 'utf8')): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const match of config.matchAll(/^\s*add_header\s+([A-Za-z-]+)\s+"([^"]*)"(?:\s+always)?\s*;/gm)) {
    headers[match[1]] = match[2];
  }
  return headers;
}
