/** "Explain this number": what each number means and where its formula is documented. */
export { metrics, type Bilingual, type MetricExplanation, type MetricId } from './metrics.ts';
export {
  analysisRoutes,
  docsLink,
  listsDocsLink,
  swaggerOperationId,
  type AnalysisRoute,
} from './docs.ts';
