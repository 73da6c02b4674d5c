/**
 * The reader's own points on a blobs figure: loaded when the figure's "your own points" panel is
 * first opened, so the page's first script stays small. It builds the panel's controls
 * (pointEditorControls.ts) and, while the panel is open, turns the figure's panel into the
 * editing surface:
 *
 *   - a click or tap adds a point of the chosen class where it lands (or removes the nearest);
 *   - the surface takes focus (role="application", so screen readers pass the keys on) and shows
 *     a cursor: arrow keys move it (Shift for bigger steps), Enter adds a point there,
 *     Delete or Backspace removes the nearest, 0-7 picks the class, Ctrl+Z undoes;
 *   - every change is said in the figure's polite status line.
 *
 * The edits themselves are pure (src/lib/points); this module only reads events and draws the
 * cursor. Points go to the store, which splits them, stops a run on old data and tells every
 * figure; nothing here is ever written into the address.
 */
import { squareFrame, type Frame } from '../../lib/figures/frame';
import { formatNumber } from '../../lib/figures/describe';
import { CLASS_COLOR_NAMES, classColor } from '../../lib/figures/palette';
import { addPoint } from '../../lib/points/addPoint';
import { clearPoints } from '../../lib/points/clearPoints';
import { dataToPixel } from '../../lib/points/dataToPixel';
import { describePoints } from '../../lib/points/describePoints';
import { emptyPoints } from '../../lib/points/emptyPoints';
import { moveCursor } from '../../lib/points/moveCursor';
import { pixelToData } from '../../lib/points/pixelToData';
import { POINT_LIMITS } from '../../lib/points/pointsProblem';
import type { PointsState, Position } from '../../lib/points/PointsState';
import { removeNearest } from '../../lib/points/removeNearest';
import { replacePoints } from '../../lib/points/replacePoints';
import { undoEdit } from '../../lib/points/undoEdit';
import type { ExperimentStore } from './experimentStore';
import type { StatusLine } from './chrome/statusLine';
import { pointEditorControls, type EditorControls } from './pointEditorControls';

/** What the editor needs of its figure element (BlobsFigure). */
export interface EditorFigure extends HTMLElement {
  editorDomain(): [number, number];
  setEditing(on: boolean): void;
}

export interface PointEditor {
  open(): void;
  close(): void;
}

const SURFACE_ATTRIBUTES: Record<string, string> = {
  tabindex: '0',
  role: 'application',
  'aria-roledescription': 'point editor',
  'aria-label': 'Figure: add your own points',
};

export function pointEditor(figure: EditorFigure, store: ExperimentStore, status: StatusLine): PointEditor {
  const surface = figure.querySelector<HTMLElement>('[data-figure-panel]');
  const slot = figure.querySelector<HTMLElement>('[data-own-controls]');
  if (!surface || !slot) return { open() {}, close() {} };
  return new Editor(figure, store, status, surface, pointEditorControls(slot, figure.id));
}

/** How far a press may travel and still count as a tap (further, it was a drag or a scroll). */
const TAP_SLOP_PX = 8;

class Editor implements PointEditor {
  private cursor: Position = [0, 0];
  private active = false;
  /** Where the primary button or finger went down on the surface, until it comes up. */
  private pressed: { x: number; y: number } | undefined;
  private applying = false;
  /** Whether own points were in use at the last data change. */
  private hadOwn = false;
  private readonly mark = document.createElement('div');

  constructor(
    private readonly figure: EditorFigure,
    private readonly store: ExperimentStore,
    private readonly status: StatusLine,
    private readonly surface: HTMLElement,
    private readonly controls: EditorControls,
  ) {
    this.hadOwn = store.points() !== undefined;
    this.mark.className = 'own-cursor';
    this.mark.setAttribute('aria-hidden', 'true');
    const c = controls;
    const place = () => this.placeCursor();
    // A press and its release make a point, not a click event: each point redraws the chart, and
    // a chart replaced between the press and the release gets no click, losing quick points.
    surface.addEventListener('pointerdown', (e) => {
      this.pressed = e.isPrimary && e.button === 0 ? { x: e.clientX, y: e.clientY } : undefined;
    });
    surface.addEventListener('pointerup', (e) => {
      const from = this.pressed;
      this.pressed = undefined;
      if (from && Math.hypot(e.clientX - from.x, e.clientY - from.y) <= TAP_SLOP_PX) this.onClick(e);
    });
    surface.addEventListener('keydown', (e) => this.onKey(e));
    figure.addEventListener('figure-drawn', place);
    window.addEventListener('resize', place);
    c.label.addEventListener('change', place);
    c.undo.addEventListener('click', () => this.undo());
    c.remove.addEventListener('click', () => this.removeAt(this.cursor));
    c.clear.addEventListener('click', () => this.apply(clearPoints(this.points()), 'Cleared: no points left. Undo brings them back.'));
    c.copy.addEventListener('click', () => {
      const d = store.data();
      this.apply(replacePoints(store.points(), { X: d.all.X, y: d.all.y }), `Copied the ${d.all.X.length} generated points into your data.`);
    });
    store.on('data', () => this.dataChanged());
  }

  open(): void {
    if (this.active) return;
    this.active = true;
    this.surface.classList.add('own-surface');
    for (const [name, value] of Object.entries(SURFACE_ATTRIBUTES)) this.surface.setAttribute(name, value);
    this.surface.setAttribute('aria-describedby', this.controls.helpId);
    this.figure.setEditing(true);
    this.sync();
  }

  close(): void {
    if (!this.active) return;
    this.active = false;
    this.surface.classList.remove('own-surface');
    for (const name of [...Object.keys(SURFACE_ATTRIBUTES), 'aria-describedby']) this.surface.removeAttribute(name);
    this.mark.remove();
    this.figure.setEditing(false);
  }

  private label(): number {
    return Number(this.controls.label.value);
  }

  private points(): PointsState {
    return this.store.points() ?? emptyPoints();
  }

  /** Hands the new points to the store and says what changed, then how the data stands. */
  private apply(next: PointsState | undefined, said: string): void {
    this.applying = true;
    try {
      this.store.setPoints(next);
    } finally {
      this.applying = false;
    }
    this.status.say(`${said} ${this.standing()}`.trim());
    this.sync();
  }

  /** How the data stands: own points and whether they can train, or '' for generated data. */
  private standing(): string {
    const d = this.store.data();
    const problem = this.store.trainProblem();
    return d.own ? `${describePoints(d)}${problem ? ` ${problem}` : ''}` : '';
  }

  /** The data changed elsewhere (a file imported, Reset): say so while the panel is open. */
  private dataChanged(): void {
    const hadOwn = this.hadOwn;
    this.hadOwn = this.store.points() !== undefined;
    this.sync();
    if (this.applying || !this.active) return;
    // A knob's new generated data is the figure's to describe.
    if (this.hadOwn) this.status.say(this.standing());
    else if (hadOwn) this.status.say('The generated data is back.');
  }

  private add(p: Position): void {
    if (this.points().X.length >= POINT_LIMITS.maxPoints) {
      this.status.say(`Your data holds the most points the page takes (${POINT_LIMITS.maxPoints}): remove some first.`, 'problem');
      return;
    }
    const k = this.label();
    this.apply(addPoint(this.points(), p, k), `Added a class ${k} point at ${position(p)}.`);
  }

  private removeAt(p: Position): void {
    const r = removeNearest(this.points(), p);
    if (!r.removed) return this.status.say('There is no point of your own to remove.', 'problem');
    this.apply(r.state, `Removed the class ${r.removed.label} point at ${position(r.removed.at)}.`);
  }

  private undo(): void {
    const own = this.store.points();
    if (!own) return this.status.say('Nothing to undo.', 'problem');
    // Undoing the first edit brings back the generated data it replaced.
    if (own.past.length === 0) return this.apply(undefined, 'Undone: back to the generated data.');
    this.apply(undoEdit(own), 'Undone.');
  }

  private sync(): void {
    const own = this.store.points();
    const c = this.controls;
    c.undo.disabled = !own;
    c.remove.disabled = c.clear.disabled = !own || own.X.length === 0;
    c.copy.disabled = own !== undefined;
    this.placeCursor();
  }

  /** The chart's svg and its frame (in the svg's own units), once a chart is on show. */
  private chart(): { svg: SVGSVGElement; frame: Frame } | undefined {
    const svg = this.surface.querySelector<SVGSVGElement>('svg[role="img"]');
    const width = Number(svg?.getAttribute('width'));
    return svg && width > 0 ? { svg, frame: squareFrame(width) } : undefined;
  }

  private placeCursor(): void {
    const chart = this.chart();
    if (!this.active || !chart) return;
    if (this.mark.parentElement !== this.surface) this.surface.append(this.mark);
    const box = chart.svg.getBoundingClientRect();
    const outer = this.surface.getBoundingClientRect();
    const [px, py] = dataToPixel(chart.frame, this.figure.editorDomain(), this.cursor);
    this.mark.style.left = `${box.left - outer.left + (px * box.width) / chart.frame.width}px`;
    this.mark.style.top = `${box.top - outer.top + (py * box.height) / chart.frame.height}px`;
    this.mark.style.color = classColor(this.label());
  }

  private onClick(e: MouseEvent): void {
    const chart = this.chart();
    if (!this.active || !chart) return;
    const box = chart.svg.getBoundingClientRect();
    if (e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom) return;
    const px = ((e.clientX - box.left) * chart.frame.width) / box.width;
    const py = ((e.clientY - box.top) * chart.frame.height) / box.height;
    this.cursor = pixelToData(chart.frame, this.figure.editorDomain(), px, py);
    if (this.controls.removeMode.checked) this.removeAt(this.cursor);
    else this.add(this.cursor);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.active || e.altKey) return;
    const command = e.ctrlKey || e.metaKey;
    const moved = command ? undefined : moveCursor(this.cursor, e.key, e.shiftKey, this.figure.editorDomain());
    if (moved) {
      this.cursor = moved;
      this.placeCursor();
      this.status.say(`Cursor at ${position(moved)}.`);
    } else if (e.key === 'Enter') this.add(this.cursor);
    else if (e.key === 'Delete' || e.key === 'Backspace') this.removeAt(this.cursor);
    else if (command && e.key.toLowerCase() === 'z') this.undo();
    else if (!command && /^[0-7]$/.test(e.key)) {
      this.controls.label.value = e.key;
      this.placeCursor();
      this.status.say(`Class ${e.key} (${CLASS_COLOR_NAMES[Number(e.key)]}) chosen.`);
    } else return;
    e.preventDefault();
  }
}

function position(p: Position): string {
  return `x₀ ${formatNumber(p[0], 4)}, x₁ ${formatNumber(p[1], 4)}`;
}
