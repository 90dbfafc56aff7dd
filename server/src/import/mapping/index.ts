/**
 * The mapping engine: a mapping document (YAML or JSON, docs/mapping.md) says how the columns of
 * CSV/TSV files or the fields of NDJSON/JSON files become nodes and relationships; the engine
 * checks it against the graph schema and the files' headers, then streams the files as import
 * sources.
 */
export { parseMapping, checkMapping } from './parse.ts';
export {
  openMappingImport,
  openMappingSources,
  fileMatches,
  type MappingFileInput,
  type OpenMappingOptions,
} from './open.ts';
export { MappingError, type MappingProblem } from './errors.ts';
export { formatFromName } from './files.ts';
export { describeAdds, type AbsentFile, type SkippedPart } from './needs.ts';
export {
  encodings,
  fileFormats,
  mappingSchema,
  type Condition,
  type EdgeMapping,
  type Encoding,
  type FileFormat,
  type FileMapping,
  type Mapping,
  type NodeMapping,
  type Transform,
  type ValueSpec,
} from './schema.ts';
