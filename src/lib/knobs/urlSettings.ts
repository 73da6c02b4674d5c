/**
 * A demo's settings live in the query string so a link shares them. Several demos can share a
 * page, so each owns a namespace: `four-blobs.lr=0.1`. Anything in that namespace that is not a
 * valid value of a known knob is dropped with a notice; the link can never make a demo throw or
 * run with a value its controls would have refused. A parameter without a namespace that names
 * one of the demo's knobs (`?lr=0.1`, `?epochs=5`) is dropped with a notice too, saying how to
 * write it; other parameters (the site's, another demo's) are left alone.
 */
import { parseKnob, type KnobSpec } from './parseKnob';
import { quoteVisible } from './visibleText';

export type KnobSettings<N extends string = string> = Record<N, number>;

export interface UrlSettingsRead<N extends string = string> {
  /** Every knob of the demo: the link's value where it was valid, the default otherwise. */
  settings: KnobSettings<N>;
  /** Names of the knobs whose value came from the link. */
  fromUrl: N[];
  /** One sentence per ignored parameter, for the reader. */
  notices: string[];
  /** Parameters outside the namespace that were ignored with a notice (the page drops them). */
  ignoredKeys: string[];
}

const SHOWN_CHARS = 24;
// A query string is attacker-controlled; cap the notices so a crafted link cannot flood the page.
const MAX_NOTICES = 10;

export function settingsKey(demoId: string, name: string): string {
  return `${demoId}.${name}`;
}

export function defaultSettings<N extends string>(specs: readonly KnobSpec<N>[]): KnobSettings<N> {
  const out = {} as KnobSettings<N>;
  for (const spec of specs) out[spec.name] = spec.default;
  return out;
}

export function readUrlSettings<N extends string>(
  params: URLSearchParams,
  demoId: string,
  specs: readonly KnobSpec<N>[],
): UrlSettingsRead<N> {
  const settings = defaultSettings(specs);
  const fromUrl: N[] = [];
  const notices: string[] = [];
  const prefix = `${demoId}.`;
  const byName = new Map<string, KnobSpec<N>>(specs.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const ignoredKeys: string[] = [];
  let dropped = 0;
  const notice = (text: string) => {
    if (notices.length < MAX_NOTICES) notices.push(text);
    else dropped += 1;
  };

  for (const [key, raw] of params) {
    if (!key.startsWith(prefix)) {
      const meant = meantKnob(key, specs);
      if (meant && !ignoredKeys.includes(key)) {
        ignoredKeys.push(key);
        notice(`Ignored the link parameter ${show(key)}: settings in a link start with the demo's name, as in ${show(settingsKey(demoId, meant.name))}.`);
      }
      continue; // otherwise another demo's or the site's parameter
    }
    const name = key.slice(prefix.length);
    const spec = byName.get(name);
    if (!spec) {
      notice(`Ignored the link parameter ${show(key)}: this demo has no such setting.`);
      continue;
    }
    if (seen.has(name)) {
      notice(`Ignored a repeated ${show(key)} in the link: the first value is used.`);
      continue;
    }
    seen.add(name);
    const parsed = parseKnob(raw, spec);
    if (parsed.ok) {
      settings[spec.name] = parsed.value;
      fromUrl.push(spec.name);
    } else {
      notice(`Ignored ${show(key)} from the link and kept ${spec.default}: ${parsed.message}`);
    }
  }
  if (dropped > 0) notices.push(`Ignored ${dropped} more link parameters for this demo.`);
  return { settings, fromUrl, notices, ignoredKeys };
}

/**
 * The knob a parameter without a namespace was meant for: its name in any case (`epochs`,
 * `batchsize`), its initials (`lr` for learningRate) or a start of at least five letters
 * (`batch`); undefined for anything else, which belongs to someone else.
 */
function meantKnob<N extends string>(key: string, specs: readonly KnobSpec<N>[]): KnobSpec<N> | undefined {
  if (key.includes('.')) return undefined;
  const k = key.toLowerCase();
  if (k === '') return undefined;
  return specs.find((spec) => {
    const name = spec.name.toLowerCase();
    const initials = spec.name.replace(/[a-z0-9]/g, '').toLowerCase();
    return k === name || (initials !== '' && k === spec.name[0].toLowerCase() + initials) || (k.length >= 5 && name.startsWith(k));
  });
}

/**
 * A copy of `params` with this demo's namespace replaced by the settings that differ from the
 * defaults; other parameters are kept. The lesson's settings thus give a clean link.
 */
export function writeUrlSettings<N extends string>(
  params: URLSearchParams,
  demoId: string,
  specs: readonly KnobSpec<N>[],
  settings: Partial<KnobSettings<N>>,
): URLSearchParams {
  const prefix = `${demoId}.`;
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    if (!key.startsWith(prefix)) out.append(key, value);
  }
  for (const spec of specs) {
    const value = settings[spec.name];
    if (value === undefined || !Number.isFinite(value) || value === spec.default) continue;
    // A choice goes in the link by name (`moons.activation=tanh`), which parseKnob reads back.
    out.set(settingsKey(demoId, spec.name), spec.kind === 'choice' ? (spec.options?.[value] ?? String(value)) : String(value));
  }
  return out;
}

function show(text: string): string {
  return quoteVisible(text, SHOWN_CHARS);
}
