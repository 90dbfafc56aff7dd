/**
 * The strings of the graph, search and panels (the explorer and what it shares with the analysis
 * views: legend, lanes, labels, expansion, the top bar), in Chinese and English. Kept apart from
 * the views' strings so that each part of the client edits its own file; `dictionary.ts` joins
 * them. Terms follow `docs/glossary.md`.
 */
export const graphMessages = {
  'lang.switch': { zh: 'English', en: '中文' },
  'lang.switchLabel': { zh: '切换到英文界面', en: 'Switch to Chinese' },
  'search.label': { zh: '搜索图谱', en: 'Search the graph' },
  'search.placeholder': {
    zh: '搜索产业链、职业、能力要素、课程……（中文、英文或代码，可输入多个词）',
    en: 'Search chains, occupations, competencies, courses… (Chinese, English or code; several words)',
  },
  'search.searching': { zh: '搜索中……', en: 'Searching…' },
  'search.noResults': { zh: '没有匹配的节点', en: 'No matching nodes' },
  'search.failed': { zh: '搜索失败：{message}', en: 'Search failed: {message}' },
  'search.facets': { zh: '按类型筛选结果', en: 'Narrow the results by kind' },
  'search.allKinds': { zh: '全部', en: 'All' },
  'search.shown': { zh: '显示 {shown} 项', en: '{shown} shown' },
  'search.shownOf': { zh: '显示 {shown} / {total} 项', en: '{shown} of {total} shown' },
  'search.shownOfAtLeast': {
    zh: '显示 {shown} / {total}+ 项',
    en: '{shown} of {total}+ shown',
  },
  'search.more': { zh: '更多', en: 'More' },
  'search.loadingMore': { zh: '加载中……', en: 'Loading…' },
  'search.hint': {
    zh: '↑↓ 选择，Enter 打开，Esc 关闭',
    en: '↑↓ to move, Enter to open, Esc to close',
  },
  'health.counts': {
    zh: '{nodes} 个节点 · {edges} 条关系',
    en: '{nodes} nodes · {edges} relationships',
  },
  'health.online': {
    zh: '服务正常 · 数据库：{store} · {nodes} 个节点 · {edges} 条关系',
    en: 'Online · database: {store} · {nodes} nodes · {edges} relationships',
  },
  'health.store.embedded': { zh: '内置数据库', en: 'built-in database' },
  'health.store.neo4j': { zh: 'Neo4j 图数据库', en: 'Neo4j graph database' },
  'health.offline': { zh: '服务器不可用', en: 'Server unavailable' },
  'health.checking': { zh: '连接中……', en: 'Connecting…' },
  'empty.title': { zh: '从一次搜索开始探索', en: 'Start exploring with a search' },
  'empty.hint': {
    zh: '在上方输入产业链、企业、职业、能力要素、课程或专业的名称或代码，选中后即可看到它的关联网络。',
    en: 'Type the name or code of a chain, enterprise, occupation, competency, course or program above, then pick a result to see its network.',
  },
  'empty.suggestions': { zh: '推荐起点', en: 'Suggested starting points' },
  'empty.noSuggestions': {
    zh: '暂无推荐起点，请直接搜索。',
    en: 'No suggestions yet; search directly.',
  },
  'graph.loading': { zh: '正在加载关联网络……', en: 'Loading the neighbourhood…' },
  'graph.failed': { zh: '加载失败：{message}', en: 'Could not load: {message}' },
  'graph.relayout': { zh: '重新布局', en: 'Re-run layout' },
  'graph.layoutRunning': { zh: '布局中……', en: 'Laying out…' },
  'graph.zoomIn': { zh: '放大', en: 'Zoom in' },
  'graph.zoomOut': { zh: '缩小', en: 'Zoom out' },
  'graph.fit': { zh: '适应窗口', en: 'Fit to view' },
  'graph.clear': { zh: '清空', en: 'Clear' },
  'graph.help': {
    zh: '单击查看详情 · 双击展开邻居 · 悬停高亮关联',
    en: 'Click for details · double-click to expand · hover to highlight',
  },
  'graph.summary': {
    zh: '{nodes} 个节点 · {edges} 条关系',
    en: '{nodes} nodes · {edges} relationships',
  },
  'graph.webglFailed': {
    zh: '无法创建图形画布（需要 WebGL2）：{message}',
    en: 'Could not create the graph canvas (WebGL2 needed): {message}',
  },
  'truncated.notice': {
    zh: '仅显示 {shown} 个节点，实际关联更多（上限 {limit}）。双击节点可继续展开。',
    en: 'Showing {shown} nodes of more (limit {limit}). Double-click a node to expand further.',
  },
  'truncated.ofTotal': {
    zh: '{name} 共有 {total} 条关系，图中画出 {shown} 条（每次最多取 {limit} 个节点）。可在详情中按关系类型展开。',
    en: '{shown} of the {total} relationships of {name} are drawn (at most {limit} nodes at a time). Expand by relationship type in the details.',
  },
  'truncated.dismiss': { zh: '知道了', en: 'Dismiss' },
  'legend.title': { zh: '图例与筛选', en: 'Legend & filter' },
  'legend.fold': { zh: '收起图例', en: 'Fold the legend' },
  'legend.unfold': { zh: '展开图例', en: 'Unfold the legend' },
  'legend.shownOf': { zh: '显示 {shown} / {total}', en: '{shown} of {total} shown' },
  'legend.showAll': { zh: '全部显示', en: 'Show all' },
  'legend.toggle': { zh: '显示或隐藏 {kind}', en: 'Show or hide {kind}' },
  'details.label': { zh: '节点详情', en: 'Node details' },
  'details.placeholder': {
    zh: '单击图中的节点查看详情；双击节点展开它的邻居。',
    en: 'Click a node in the graph to see its details; double-click a node to expand its neighbours.',
  },
  'details.close': { zh: '关闭详情', en: 'Close details' },
  'details.sheetFold': { zh: '收起详情', en: 'Fold the details down' },
  'details.sheetUnfold': { zh: '展开详情', en: 'Unfold the details' },
  'details.loading': { zh: '正在加载详情……', en: 'Loading details…' },
  'details.failed': { zh: '详情加载失败：{message}', en: 'Could not load details: {message}' },
  'details.key': { zh: '标识', en: 'Key' },
  'details.degree': { zh: '关系数', en: 'Degree' },
  'details.properties': { zh: '属性', en: 'Properties' },
  'details.noProperties': { zh: '没有其他属性', en: 'No other properties' },
  'details.relationships': { zh: '关系', en: 'Relationships' },
  'details.noRelationships': { zh: '没有关系', en: 'No relationships' },
  'details.relationshipsTruncated': {
    zh: '仅列出部分关系（共 {degree} 条）',
    en: 'Only some relationships are listed ({degree} in all)',
  },
  'details.expand': { zh: '展开邻居', en: 'Expand neighbours' },
  'details.focus': { zh: '在图中定位', en: 'Focus in graph' },
  'details.outgoing': { zh: '指向', en: 'outgoing' },
  'details.incoming': { zh: '来自', en: 'incoming' },
  'details.openRelated': { zh: '定位到 {name}', en: 'Focus on {name}' },

  'error.NETWORK': {
    zh: '无法连接服务器，请检查网络后重试。',
    en: 'The server could not be reached; check the connection and try again.',
  },
  'error.BAD_RESPONSE': {
    zh: '服务器的回答无法识别。',
    en: 'The server’s answer could not be read.',
  },
  'error.NOT_FOUND': {
    zh: '找不到所请求的节点或数据。',
    en: 'Not found: the node or data asked for does not exist.',
  },
  'error.BAD_REQUEST': { zh: '请求的参数有误。', en: 'The request’s parameters are not valid.' },
  'error.STORE_UNAVAILABLE': {
    zh: '数据库暂时不可用，恢复后会自动重连。',
    en: 'The database is unavailable for now; the server reconnects by itself.',
  },
  'error.STORE_TIMEOUT': {
    zh: '数据库查询超时已被停止，请缩小范围（一条产业链、较小的地区）后再试。',
    en: 'The database query ran too long and was stopped; narrow it down (one chain, a smaller region).',
  },
  'error.LIMIT_EXCEEDED': {
    zh: '请求涉及的数据超过上限，请缩小范围。',
    en: 'The request reaches more data than allowed; narrow it down.',
  },
  'error.RATE_LIMITED': {
    zh: '请求过于频繁，请稍后再试。',
    en: 'Too many requests; try again shortly.',
  },
  'error.INTERNAL': { zh: '服务器内部出错。', en: 'The server failed (internal error).' },
  'error.UNAUTHORISED': {
    zh: '尚未登录，或登录已失效。',
    en: 'Not signed in, or the sign-in has expired.',
  },
  'error.IMPORT_IN_PROGRESS': {
    zh: '另一项导入正在进行，请稍后再试。',
    en: 'Another import is running; try again once it is done.',
  },
  'error.other': { zh: '请求失败（{code}）。', en: 'The request failed ({code}).' },
  'error.unknown': { zh: '请求失败。', en: 'The request failed.' },
  'error.detail': { zh: '服务器说明：{message}', en: 'Server says: {message}' },

  'expand.showOptions': { zh: '展开选项……', en: 'Expansion options…' },
  'expand.hideOptions': { zh: '收起展开选项', en: 'Hide expansion options' },
  'expand.depth': { zh: '深度', en: 'Depth' },
  'expand.hops': { zh: '{count} 跳', en: '{count} hop(s)' },
  'expand.limit': { zh: '最多节点数', en: 'At most' },
  'expand.rels': { zh: '只沿这些关系展开', en: 'Follow only these relationships' },
  'expand.kinds': {
    zh: '只保留这些类型（及途经节点）',
    en: 'Keep only these kinds (and nodes on the way)',
  },
  'expand.atLeast': { zh: '≥{count}', en: '≥{count}' },
  'expand.hint': {
    zh: '不勾选表示全部。展开会记在地址中，可后退撤销、可分享。',
    en: 'Nothing ticked means all. The expansion goes into the address: Back undoes it, a link shares it.',
  },
  'expand.submit': { zh: '按所选展开', en: 'Expand' },
  'expand.reset': { zh: '恢复默认', en: 'Defaults' },
  'expand.group': { zh: '展开这些', en: 'Expand these' },
  'expand.groupDetail': {
    zh: '：只沿“{rel}”关系（{count} 个节点）',
    en: ': along “{rel}” only ({count} nodes)',
  },

  'lanes.segments': { zh: '{count} 个环节', en: '{count} segments' },
  'lanes.unplaced': { zh: '未标位置', en: 'No position' },
} as const satisfies Record<string, { zh: string; en: string }>;
