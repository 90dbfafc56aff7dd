/** The graph on screen exported as GEXF, GraphML and PNG. */
export * from './graphFiles.ts';
export { stageSnapshot, stageToDataUrl, stageToPng, type StageRenderer } from './image.ts';
