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
  'history.propsLabel': { zh: '修改的属性（修改前 → 修改后）', en: 'Properties (before → after)' },
  'history.order': { zh: '按时间顺序，最早的在前。', en: 'Oldest first.' },
  'history.more': {
    zh: '已显示 {count} 条，读取之后的记录',
    en: '{count} shown: read the later changes',
  },
  'history.restore': { zh: '恢复此节点及其关系', en: 'Restore this node and its relationships' },
  'history.restoring': { zh: '正在恢复……', en: 'Restoring…' },
  'history.restoreFailed': { zh: '恢复失败：{message}', en: 'Restore failed: {message}' },
} as const;
