import { describe, expect, it } from 'vitest';
import { boundingBox, centreOf, fitRatio, freeArea } from './camera.ts';

const canvas = { x: 0, y: 0, width: 1000, height: 800 };
const legend = { x: 12, y: 12, width: 236, height: 280 };
const toolbar = { x: 12, y: 728, width: 580, height: 60 };

describe('freeArea', () => {
  it('cuts the legend away on the left and the toolbar at the bottom', () => {
    expect(freeArea(canvas, [legend, toolbar])).toEqual({
      x: 260,
      y: 12,
      width: 728,
      height: 704,
    });
  });

  it('cuts a wide overlay at the top from the top, and ignores one outside the free part', () => {
    const notice = { x: 300, y: 12, width: 400, height: 40 };
    const outside = { x: 2000, y: 0, width: 10, height: 10 };
    expect(freeArea(canvas, [notice, outside])).toEqual({ x: 12, y: 64, width: 976, height: 724 });
  });

  it('keeps at least a quarter of each side when overlays cover nearly everything', () => {
    const sheet = { x: 0, y: 100, width: 1000, height: 700 };
    const free = freeArea(canvas, [sheet]);
    expect(free).toEqual({ x: 12, y: 12, width: 976, height: 776 });
  });
});

describe('fitRatio', () => {
  it('zooms out by as much as the tighter side needs, in by no more than the minimum', () => {
    const free = { x: 260, y: 12, width: 728, height: 704 };
    expect(fitRatio({ x: 0, y: 0, width: 1456, height: 704 }, free)).toBe(2);
    expect(fitRatio({ x: 0, y: 0, width: 364, height: 704 }, free)).toBe(1);
    expect(fitRatio({ x: 0, y: 0, width: 10, height: 10 }, free)).toBe(0.5);
    expect(fitRatio({ x: 0, y: 0, width: 10, height: 10 }, { ...free, width: 0 })).toBe(1);
  });
});

describe('boxes', () => {
  it('bounds a set of boxes and finds a centre', () => {
    expect(
      boundingBox([
        { x: 0, y: 10, width: 5, height: 5 },
        { x: -4, y: 2, width: 1, height: 1 },
      ]),
    ).toEqual({ x: -4, y: 2, width: 9, height: 13 });
    expect(boundingBox([])).toBeNull();
    expect(centreOf({ x: 10, y: 20, width: 100, height: 40 })).toEqual({ x: 60, y: 40 });
  });
});
