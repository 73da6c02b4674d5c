/**
 * Trims KaTeX's MathML output (`output: 'mathml'`) to what the browser renders and reads aloud.
 * KaTeX wraps each formula as `<span class="katex"><math><semantics><mrow>…</mrow>
 * <annotation encoding="application/x-tex">TeX</annotation></semantics></math></span>`. The span,
 * `<semantics>`, the TeX annotation and a lone top-level `<mrow>` (`<math>` is a row itself)
 * change neither the rendering nor what a screen reader says, yet cost four elements a formula,
 * and the annotation's TeX would reach the search index as text. What is left is the `<math>`
 * element with the formula's own content.
 */
const FORMULA =
  /<span class="katex">(<math\b[^>]*>)<semantics>([\s\S]*?)<annotation encoding="application\/x-tex">[^<]*<\/annotation><\/semantics><\/math><\/span>/g;
const MROW_TAG = /<(\/?)mrow\b[^>]*>/g;

/** `body` without its outer `<mrow>` when one mrow encloses all of it. */
export function unwrapOuterRow(body: string): string {
  if (!body.startsWith('<mrow>') || !body.endsWith('</mrow>')) return body;
  let depth = 0;
  for (const tag of body.matchAll(MROW_TAG)) {
    depth += tag[1] === '/' ? -1 : 1;
    // The first mrow closes before the end: the body is several rows side by side.
    if (depth === 0) return tag.index + tag[0].length === body.length ? body.slice('<mrow>'.length, -'</mrow>'.length) : body;
  }
  return body;
}

/** Every KaTeX formula of `html` reduced to its bare `<math>` element; other markup is kept as is. */
export function leanMathml(html: string): string {
  return html.replace(FORMULA, (_, open: string, body: string) => `${open}${unwrapOuterRow(body)}</math>`);
}
