import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lazyPlotFormat, plotFormatOnDemand } from '../../src/plugins/plotFormatOnDemand.mjs';

const require = createRequire(import.meta.url);
const PLOT_SRC = dirname(require.resolve('@observablehq/plot'));
const FORMAT_JS = join(PLOT_SRC, 'format.js');
const SOURCE = readFileSync(FORMAT_JS, 'utf8');

type Formatter = (v: unknown) => string | undefined;
interface FormatModule {
  formatDefault: Formatter;
}

/** `code` as a module of its own, its imports pointing where Plot's src/format.js finds them. */
function asModuleUrl(code: string): string {
  const resolved = code
    .replace(/from "\.\/([^"]+)"/g, (_, file: string) => `from "${pathToFileURL(join(PLOT_SRC, file)).href}"`)
    .replace(/from "isoformat"/g, () => `from "${pathToFileURL(require.resolve('isoformat', { paths: [PLOT_SRC] })).href}"`);
  return `data:text/javascript;base64,${Buffer.from(resolved).toString('base64')}`;
}

type Transform = (code: string, id: string) => { code: string } | null;
interface PluginHooks {
  transform: Transform;
  config(): { optimizeDeps: { rolldownOptions: { plugins: { transform: Transform }[] } } };
}
const hooks = () => plotFormatOnDemand() as unknown as PluginHooks;
const transform: Transform = (code, id) => hooks().transform(code, id);

/** Counts `new Intl.NumberFormat` while a test runs. */
let made = 0;
const NumberFormat = Intl.NumberFormat;
beforeEach(() => {
  made = 0;
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: [string?]) {
      made += 1;
      return new target(...args);
    },
  });
});
afterEach(() => {
  Intl.NumberFormat = NumberFormat;
});

const INPUTS: unknown[] = [0, -0, 1, -1.5, 1234.5678, 0.000123456, 1e21, -98765432.1, NaN, Infinity, -Infinity, null, undefined, 'class 2', '', true, new Date(Date.UTC(2024, 1, 29, 12, 30)), new Date(NaN), [1, 2]];

describe('plotFormatOnDemand', () => {
  it("Plot's own format.js makes a number formatter as it loads", async () => {
    await import(asModuleUrl(SOURCE));
    expect(made).toBe(1);
  });

  it('loads without making one, makes it on the first number only, and writes every value as Plot does', async () => {
    const result = transform(SOURCE, FORMAT_JS);
    expect(result).not.toBeNull();
    const lazy = (await import(asModuleUrl(result!.code))) as FormatModule;
    expect(made).toBe(0);
    expect([lazy.formatDefault('class 2'), lazy.formatDefault(new Date(Date.UTC(2024, 0, 2))), lazy.formatDefault(null)]).toEqual(['class 2', '2024-01-02', null]);
    expect(made).toBe(0);
    expect(lazy.formatDefault(1234.5)).toBe('1,234.5');
    expect(made).toBe(1);
    lazy.formatDefault(7);
    expect(made).toBe(1);

    const eager = (await import(asModuleUrl(`${SOURCE}\n// eager copy`))) as FormatModule;
    expect(INPUTS.map(lazy.formatDefault)).toEqual(INPUTS.map(eager.formatDefault));
  });

  it('rewrites only the line that makes the number formatter', () => {
    const code = transform(SOURCE, FORMAT_JS)!.code;
    const removed = SOURCE.split('\n').filter((line) => !code.split('\n').includes(line));
    expect(removed.map((line) => line.trim())).toEqual(['const number = formatNumber(locale);']);
    expect(code).toContain('export const formatDefault = formatAuto();');
  });

  it("leaves every other module alone, including other packages' format.js", () => {
    expect(transform(SOURCE, join(PLOT_SRC, 'style.js'))).toBeNull();
    expect(transform(SOURCE, '/x/node_modules/d3-format/src/format.js')).toBeNull();
    expect(transform(SOURCE, `${FORMAT_JS}?v=1234`)).not.toBeNull();
  });

  it('fails the build, naming the file and what to check, when Plot no longer has the expected code', () => {
    const changed = SOURCE.replace('const number = formatNumber(locale);', 'const number = formatNumber(locale, options);');
    const run = () => lazyPlotFormat(changed, FORMAT_JS);
    expect(run).toThrow(FORMAT_JS);
    expect(run).toThrow('const number = formatNumber(locale);');
    // The build prints the message alone, so it says what to update too.
    expect(run).toThrow('update or remove src/plugins/plotFormatOnDemand.mjs');
    const error = (() => {
      try {
        run();
      } catch (e) {
        return e as Error & { hint?: string };
      }
    })();
    expect(error?.hint).toContain('src/plugins/plotFormatOnDemand.mjs');
    expect(() => lazyPlotFormat(SOURCE.replace('export const formatDefault = formatAuto();', 'export const formatDefault = formatAuto("en");'), FORMAT_JS)).toThrow(
      'export const formatDefault = formatAuto();',
    );
  });

  it("also rewrites Plot in dev, where Vite pre-bundles it without Vite's plugins", () => {
    const [prebundle] = hooks().config().optimizeDeps.rolldownOptions.plugins;
    expect(prebundle.transform(SOURCE, FORMAT_JS)?.code).toBe(transform(SOURCE, FORMAT_JS)?.code);
  });
});
