// Observable Plot's src/format.js builds its default formatter when the module is evaluated
// (`export const formatDefault = formatAuto();`), and formatAuto makes `new Intl.NumberFormat`
// at once. The first Intl number formatter a page makes loads the locale data: about 66 ms of
// the 155 ms Plot's module takes to evaluate at 4x CPU throttling, all in the task that draws
// the first live figure, on the reader's first Train or data change (see README, "Benchmarks"). This Vite plugin rewrites formatAuto's first
// line so the number formatter is made the first time a number is formatted: strings and dates
// never make it, and a number is written exactly as before. The site's figures hand Plot strings
// or formats of their own, so a page of the site never makes one at all.
//
// Builds run the rewrite through Vite's transform. `astro dev` pre-bundles Plot with Rolldown
// (optimizeDeps), which runs no Vite plugin, so the config hook adds the same transform to the
// pre-bundling too. If a Plot update changes the code this rewrites, the build fails and says so.

const PLOT_FORMAT = /[\\/]@observablehq[\\/]plot[\\/]src[\\/]format\.js(?:\?.*)?$/;

/** formatAuto as Plot 0.6.17 writes it; group 1 is the line that makes the number formatter. */
const FORMAT_AUTO =
  /export function formatAuto\(locale = "en-US"\) \{\s*(const number = formatNumber\(locale\);)\s*return \(v\) => \(v instanceof Date \? formatIsoDate : typeof v === "number" \? number : string\)\(v\);\s*\}/;
const FORMAT_DEFAULT = /export const formatDefault = formatAuto\(\);/;

const LAZY_NUMBER = 'let numberFormatter; const number = (i) => (numberFormatter ??= formatNumber(locale))(i);';

/**
 * The text of Plot's src/format.js with formatAuto's number formatter made on first use. `id`
 * names the file in the error thrown when the code is not the one this expects.
 * @param {string} code
 * @param {string} id
 * @returns {string}
 */
export function lazyPlotFormat(code, id) {
  const auto = FORMAT_AUTO.exec(code);
  if (!auto || !FORMAT_DEFAULT.test(code)) {
    // Rolldown passes on the message only; Astro's overlay shows the hint as well.
    const hint =
      'Observable Plot was updated: check whether its src/format.js still makes an Intl.NumberFormat when the module ' +
      'is evaluated, then update or remove src/plugins/plotFormatOnDemand.mjs (and its test) to match.';
    const error = new Error(
      `plotFormatOnDemand: ${id} no longer has "export const formatDefault = formatAuto();" with formatAuto ` +
        `making its number formatter on its first line ("const number = formatNumber(locale);"). ${hint}`,
    );
    throw Object.assign(error, { hint });
  }
  const start = auto.index + auto[0].indexOf(auto[1]);
  return code.slice(0, start) + LAZY_NUMBER + code.slice(start + auto[1].length);
}

/** @type {{ name: string; transform(code: string, id: string): { code: string; map: null } | null }} */
const transformPlotFormat = {
  name: 'course:plot-format-on-demand',
  transform(code, id) {
    if (!PLOT_FORMAT.test(id)) return null;
    return { code: lazyPlotFormat(code, id), map: null };
  },
};

/** @returns {import('vite').Plugin} */
export function plotFormatOnDemand() {
  return {
    ...transformPlotFormat,
    enforce: 'pre',
    config() {
      return { optimizeDeps: { rolldownOptions: { plugins: [transformPlotFormat] } } };
    },
  };
}
