/**
 * The graph on screen as a picture. Sigma 4 draws nodes, edges and labels on one WebGL stage, whose
 * drawing buffer is only readable in the task that rendered it: so the stage is rendered
 * synchronously and copied at once onto a 2D canvas over a white background (a picture pasted in a
 * report should not be transparent), at the screen's pixel ratio. (`@sigma/export-image` reads the
 * separate canvas layers of sigma 3, which sigma 4 no longer has.)
 */

export interface StageRenderer {
  refresh(): unknown;
  getStageCanvas(): HTMLCanvasElement;
}

/** The stage copied onto an opaque 2D canvas, now. */
export function stageSnapshot(renderer: StageRenderer, background = '#ffffff'): HTMLCanvasElement {
  renderer.refresh();
  const stage = renderer.getStageCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = stage.width;
  canvas.height = stage.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(stage, 0, 0);
  return canvas;
}

export function stageToPng(renderer: StageRenderer): Promise<Blob> {
  const canvas = stageSnapshot(renderer);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** A PNG data URL of the stage, at once (for the picture a printed page shows). */
export function stageToDataUrl(renderer: StageRenderer): string {
  return stageSnapshot(renderer).toDataURL('image/png');
}
