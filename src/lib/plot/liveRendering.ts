/**
 * What a live figure draws with, loaded with its first redraw (src/client/demo/LiveFigure.ts):
 * Plot's rendering to DOM, and the second step of a figure drawn as its frame and looks. None
 * of it is among the page's scripts: the server-rendered figures need none of it.
 */
export { renderFigure, type RenderFigureOptions } from './renderFigure';
export { fillDotLooks } from './fillDotLooks';
