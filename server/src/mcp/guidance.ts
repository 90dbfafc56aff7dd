/**
 * What a model needs besides the routes' own summaries: names for the core tools, a few sentences
 * on when to use each, and the server's instructions (how the atlas is organised and how to go
 * from a question to an answer). Analyses and any route added later keep their route's summary
 * and description, which are written for people reading the OpenAPI documentation and serve a
 * model as well.
 */

/** `METHOD url` → the tool's name and what to add to the route's description. */
export const coreTools: Record<string, { name: string; use: string }> = {
  'GET /api/search': {
    name: 'search',
    use:
      'Start here to turn a name into a key: search by Chinese or English name, alias or code, ' +
      'optionally restricted to kinds (e.g. Chain, Occupation, Competency, Institution, Region). Every ' +
      'other tool takes keys, not names.',
  },
  'GET /api/nodes/:kind/:key': {
    name: 'node_details',
    use:
      'All properties of one node and its relationships (with the names of the nodes at their other ' +
      'ends), e.g. the courses a program includes or the competencies an occupation requires.',
  },
  'GET /api/edges/:rel/:fromKind/:fromKey/:toKind/:toKey': {
    name: 'relationship_details',
    use: 'The properties of one relationship, e.g. the importance and level of a REQUIRES.',
  },
  'GET /api/graph/neighbourhood': {
    name: 'neighbourhood',
    use:
      'The nodes and relationships around a node, up to 3 hops, to see how it connects (chain → ' +
      'segments → enterprises and occupations). Keep `limit` small for a readable answer.',
  },
  'GET /api/schema': {
    name: 'schema',
    use:
      'The kinds of node and types of relationship with their Chinese and English names, key rules, ' +
      'properties and which kinds each relationship joins. Read it once to know the vocabulary.',
  },
  'GET /api/stats': {
    name: 'stats',
    use: 'How many nodes of each kind and relationships of each type the atlas holds.',
  },
  'GET /api/lists/:list': {
    name: 'n_list',
    use:
      'One of the N lists (1 图 N 清单) of a chain in a region, as officials receive them: key ' +
      'enterprises, talent demand, skill gaps, courses that close them, experts, training bases, ' +
      'shared equipment or services. Each answer says where its rows come from and what each column counts.',
  },
  'GET /api/lists': {
    name: 'all_n_lists',
    use: 'Every N list of a chain in a region in one answer (large: prefer n_list for one list).',
  },
  'PUT /api/nodes/:kind/:key': {
    name: 'create_or_replace_node',
    use: 'Writes one node: `body` is {"props": {…}} with name_zh at least.',
  },
  'PATCH /api/nodes/:kind/:key': {
    name: 'update_node',
    use: 'Changes some properties of one node: `body` is {"props": {…}}; null removes a property.',
  },
  'DELETE /api/nodes/:kind/:key': { name: 'delete_node', use: 'Deletes one node.' },
  'PUT /api/edges/:rel/:fromKind/:fromKey/:toKind/:toKey': {
    name: 'create_or_replace_relationship',
    use: 'Writes one relationship between two existing nodes: `body` is {"props": {…}}.',
  },
  'PATCH /api/edges/:rel/:fromKind/:fromKey/:toKind/:toKey': {
    name: 'update_relationship',
    use: 'Changes some properties of one relationship; null removes a property.',
  },
  'DELETE /api/edges/:rel/:fromKind/:fromKey/:toKind/:toKey': {
    name: 'delete_relationship',
    use: 'Deletes one relationship.',
  },
  'POST /api/import': {
    name: 'import_records',
    use:
      'Writes nodes and relationships given as NDJSON text in `body`, all or nothing; `dryRun: "true"` ' +
      'only checks. Each line is {"type":"node","kind","key","props"} or {"type":"edge","rel","from",' +
      '"to","props"}; problems come back with their line numbers.',
  },
};

/** Routes that make no sense as tools: the health probe, and file uploads, jobs and presets. */
export const notTools = new Set(['GET /api/health']);
export const notToolTags = new Set(['import-jobs']);

export const instructions = `Chanjiao Atlas (产教图谱) is a knowledge graph linking a region's industry chains and SMEs to occupations and competencies, and on to courses, programs and institutions, so that industry–education consortia can see which skills local industry needs that local schools do not teach yet.

How it is organised:
- Industry side: Region (统计用区划代码 codes such as 350900 for 宁德市) · Chain (产业链) with its Segments (upstream → downstream) · Enterprise (with scale and tier) · Industry (GB/T 4754).
- Occupation side: Occupation · Competency (knowledge / skill / quality, 知识·能力·素质) · Task · Posting (job demand) · Candidate (pseudonymous).
- Education side: Institution · Program (专业) · Course · MicroCredential · Cohort (graduates per year).
- Relationships carry the numbers: Segment EMPLOYS Occupation (demand), Occupation REQUIRES Competency (importance 1–5, level 1–5), Course TEACHES Competency (level), Program INCLUDES Course, Institution OFFERS Program.
Every node is identified by its kind and key (the official code where one exists, else a slug); subgraphs name nodes "Kind:key".

How to answer a question:
1. Find the keys with \`search\` (names in Chinese or English).
2. Look at a node with \`node_details\`, or around it with \`neighbourhood\`.
3. For "where are the gaps", "which programs fit this chain", "which candidates fit this posting", "which links of the chain are weak", use the analysis tools: each answers with the numbers and the keys behind them (coverage, demand share δ, supply S, gap g, location quotient…). Their descriptions give the formulas.
4. The resources atlas://schema and atlas://glossary hold the vocabulary and the definitions.
Quote keys and figures from the answers; say when an answer says it was cut (truncated) or has no demand.`;
