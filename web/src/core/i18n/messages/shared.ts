/**
 * Strings of the building blocks every analysis view shares: tables (sort, filter, export), charts,
 * graph export, "explain this number", the print view.
 */
export const sharedViewMessages = {
  'table.filter': { zh: '筛选', en: 'Filter' },
  'table.filterPlaceholder': { zh: '输入关键词筛选行', en: 'Type to filter rows' },
  'table.count': { zh: '{shown} / {total} 行', en: '{shown} of {total} rows' },
  'table.exportCsv': { zh: '导出 CSV', en: 'Export CSV' },
  'table.exportXlsx': { zh: '导出 Excel', en: 'Export Excel' },
  'table.exporting': { zh: '正在生成……', en: 'Preparing…' },
  'table.exportFailed': { zh: '导出失败：{message}', en: 'Export failed: {message}' },
  'table.sortBy': { zh: '按“{column}”排序', en: 'Sort by {column}' },
  'table.noMatch': { zh: '没有符合筛选条件的行。', en: 'No row matches the filter.' },
  'table.about': { zh: '说明', en: 'About' },
  'table.about.link': { zh: '链接', en: 'Link' },
  'table.about.exported': { zh: '导出时间', en: 'Exported' },
  'table.about.rows': { zh: '行数', en: 'Rows' },
  'table.about.filter': { zh: '筛选条件', en: 'Filter' },
  'table.about.note': {
    zh: '百分比以小数保存（0.25 = 25%）；数字为完整精度。',
    en: 'Percentages are stored as fractions (0.25 = 25 %); numbers at full precision.',
  },

  'chart.loading': { zh: '正在加载图表……', en: 'Loading the chart…' },
  'chart.failed': { zh: '图表无法显示：{message}', en: 'The chart could not be drawn: {message}' },

  'explain.button': { zh: '“{name}”是什么？', en: 'What is “{name}”?' },
  'explain.unit': { zh: '单位', en: 'Unit' },
  'explain.counts': { zh: '含义', en: 'What it counts' },
  'explain.formula': { zh: '公式', en: 'Formula' },
  'explain.docs': {
    zh: '在 API 文档中查看完整定义',
    en: 'Full definition in the API documentation',
  },
  'explain.close': { zh: '关闭', en: 'Close' },

  'graphExport.label': { zh: '导出图', en: 'Export graph' },
  'graphExport.png': { zh: 'PNG 图片', en: 'PNG image' },
  'graphExport.gexf': { zh: 'GEXF（Gephi）', en: 'GEXF (Gephi)' },
  'graphExport.graphml': { zh: 'GraphML（yEd、Cytoscape）', en: 'GraphML (yEd, Cytoscape)' },
  'graphExport.empty': { zh: '图中没有节点', en: 'The graph is empty' },

  'print.button': { zh: '打印报告', en: 'Print report' },
  'print.generated': { zh: '生成于 {date}', en: 'Generated {date}' },
  'print.link': { zh: '在线查看：{url}', en: 'Online: {url}' },
} as const;
