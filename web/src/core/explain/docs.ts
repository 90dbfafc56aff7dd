/**
 * Links from a number to where its formula is written down: the API documentation the server
 * serves at `/docs` (OpenAPI, one operation per analysis, its description holding every formula and
 * choice). Swagger UI opens an operation from the address fragment `#/<tag>/<operation id>`; our
 * routes have no explicit operation ids, so the id is the one Swagger UI derives from the method and
 * path (every character that is not a letter or digit becomes `_`).
 */

/** The analysis routes whose descriptions the numbers link to. */
export const analysisRoutes = {
  talentMap: '/api/analysis/talent-map',
  skillGap: '/api/analysis/skill-gap',
  weakLinks: '/api/analysis/weak-links',
  alignment: '/api/analysis/alignment',
  programAdjustment: '/api/analysis/program-adjustment',
  matchPosting: '/api/analysis/match/posting',
  matchCandidate: '/api/analysis/match/candidate',
  relatedOccupations: '/api/analysis/related/occupations',
  relatedSegments: '/api/analysis/related/segments',
  experts: '/api/analysis/experts',
  overview: '/api/analysis/overview',
  trends: '/api/analysis/trends',
} as const;

export type AnalysisRoute = keyof typeof analysisRoutes;

/** Swagger UI's operation id for a route without one: `get_api_analysis_skill_gap`. */
export function swaggerOperationId(method: string, path: string): string {
  return `${method.toLowerCase()}${path}`.replace(/[^A-Za-z0-9]/g, '_');
}

/** The documentation of an analysis route, opened at its operation. */
export function docsLink(route: AnalysisRoute): string {
  return `/docs#/analysis/${swaggerOperationId('get', analysisRoutes[route])}`;
}

/** The documentation of the N lists' routes (their own tag): one list, or every list at once. */
export function listsDocsLink(all: boolean): string {
  return `/docs#/lists/${swaggerOperationId('get', all ? '/api/lists' : '/api/lists/{list}')}`;
}
