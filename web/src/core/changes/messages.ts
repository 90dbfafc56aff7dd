/**
 * The strings of a node's history and its restore, in Chinese and English; the dictionary spreads
 * them in. `{name}` marks a parameter filled by `translate`.
 */
export const changeMessages = {
  'history.title': { zh: '修改记录', en: 'History' },
  'history.empty': { zh: '暂无修改记录', en: 'No changes recorded' },
  'history.loading': { zh: '正在读取修改记录……', en: 'Loading the history…' },
  'history.failed': {
    zh: '无法读取修改记录：{message}',
    en: 'Could not load the history: {message}',
  },
  'history.create': { zh: '创建', en: 'created' },
  'history.update': { zh: '修改', en: 'changed' },
  'history.remove': { zh: '删除', en: 'removed' },
  'history.relationship': { zh: '关系 {rel}：{other}', en: 'relationship {rel}: {other}' },
  'history.props': { zh: '属性：{list}', en: 'properties: {list}' },
  'history.more': { zh: '另有 {count} 条更早的记录', en: '{count} earlier changes not shown' },
  'history.restore': { zh: '恢复此节点及其关系', en: 'Restore this node and its relationships' },
  'history.restoring': { zh: '正在恢复……', en: 'Restoring…' },
  'history.restoreFailed': { zh: '恢复失败：{message}', en: 'Restore failed: {message}' },
} as const;
