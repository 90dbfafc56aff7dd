/** Tables of the analysis views: columns, sorting, filtering and the CSV / XLSX exports. */
export * from './types.ts';
export * from './rows.ts';
export * from './text.ts';
export * from './exports.ts';
export { downloadBlob, mimeTypes } from './download.ts';
export { gridToXlsx, sheetName, textWidth, type WorkbookAbout } from './xlsx.ts';
