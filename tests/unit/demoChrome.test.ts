import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { revealScripted } from '../../src/client/demo/chrome/revealScripted';
import { saveAllMarkup, saveMarkup } from '../../src/client/demo/chrome/savedMarkup';
import { statusLine } from '../../src/client/demo/chrome/statusLine';

function demo(html: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body><div id="demo">${html}</div></body></html>`);
  return document.getElementById('demo') as unknown as HTMLElement;
}

describe('revealScripted', () => {
  it('shows the script-only parts and hides the no-script notes', () => {
    const root = demo('<p data-no-js>No script</p><button data-js-only hidden>Go</button>');
    revealScripted(root);
    expect(root.querySelector<HTMLElement>('[data-js-only]')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('[data-no-js]')!.hidden).toBe(true);
  });
});

describe('savedMarkup', () => {
  it('puts back the text the server rendered', () => {
    const root = demo('<td data-result="loss">0.1815</td><td data-result="accuracy">0.9225 &lt; 1</td>');
    const saved = saveAllMarkup(root, '[data-result]');
    for (const s of saved) s.el!.textContent = '…';
    saved.forEach((s) => s.restore());
    expect([...root.querySelectorAll('[data-result]')].map((el) => el.textContent)).toEqual(['0.1815', '0.9225 < 1']);
    expect(saved[1].text).toBe('0.9225 < 1');
  });

  it('puts back the saved nodes, attributes included, as often as asked', () => {
    const root = demo('<div data-panel><svg role="img"><circle r="3"></circle></svg></div>');
    const panel = root.querySelector<HTMLElement>('[data-panel]')!;
    const saved = saveMarkup(panel);
    panel.querySelector('circle')!.setAttribute('r', '9');
    saved.restore();
    expect(panel.querySelector('circle')!.getAttribute('r')).toBe('3');
    panel.replaceChildren();
    saved.restore();
    expect(panel.querySelector('circle')!.getAttribute('r')).toBe('3');
  });

  it('leaves an element that shows the saved markup alone', () => {
    const root = demo('<table><tbody><tr><td>1</td></tr></tbody></table>');
    const table = root.querySelector<HTMLElement>('table')!;
    const saved = saveMarkup(table);
    const body = table.querySelector('tbody');
    saved.restore();
    expect(table.querySelector('tbody')).toBe(body);
  });

  it('saves and restores nothing for a missing element', () => {
    const saved = saveMarkup(null);
    expect(() => saved.restore()).not.toThrow();
    expect(saved.text).toBe('');
  });
});

describe('StatusLine', () => {
  it('says text with its kind and goes back to the build-time text', () => {
    const root = demo('<p data-status>Shown: the lesson</p>');
    const status = statusLine(root);
    const el = root.querySelector<HTMLElement>('[data-status]')!;
    status.say('Training failed: no data', 'problem');
    expect(el.textContent).toBe('Training failed: no data');
    expect(el.dataset.kind).toBe('problem');
    status.restore();
    expect(el.textContent).toBe('Shown: the lesson');
  });

  it('shows text only where the line says something else', () => {
    const root = demo('<p data-status>Same</p>');
    const el = root.querySelector<HTMLElement>('[data-status]')!;
    const node = el.firstChild;
    const status = statusLine(root);
    status.show('Same');
    expect(el.firstChild).toBe(node);
    status.say('Same');
    expect(el.firstChild).not.toBe(node);
  });
});
