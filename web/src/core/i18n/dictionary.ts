/**
 * Every string the explorer shows, in Chinese and English. Names of kinds, relationship types and
 * properties are not here: they come from the graph schema (`/api/schema`). `{name}` marks a
 * parameter filled by `translate`. The graph's, search's and panels' strings are in `graphMessages.ts`;
 * the analysis views keep theirs in `messages/`.
 */
import { authMessages } from '../auth/messages.ts';
import { changeMessages } from '../changes/messages.ts';
import { graphMessages } from './graphMessages.ts';
import { viewMessages } from './messages/index.ts';

export const messages = {
  ...graphMessages,
  'app.name': { zh: '产教图谱', en: 'Chanjiao Atlas' },
  'app.tagline': {
    zh: '产业链 · 职业能力 · 课程专业',
    en: 'Industry chains · competencies · programs',
  },

  'schema.failed': {
    zh: '无法读取图谱模式：{message}',
    en: 'Could not load the graph schema: {message}',
  },

  'mode.label': { zh: '视图', en: 'View' },
  'mode.explorer': { zh: '图谱浏览', en: 'Explorer' },
  'mode.skillGap': { zh: '技能缺口', en: 'Skill gap' },
  'mode.weakLinks': { zh: '链条强弱', en: 'Weak links' },
  'mode.import': { zh: '导入', en: 'Import' },
  'viewGroup.explore': { zh: '浏览', en: 'Explore' },
  'viewGroup.industry': { zh: '产业', en: 'Industry' },
  'viewGroup.education': { zh: '教育', en: 'Education' },
  'viewGroup.people': { zh: '人才', en: 'People' },
  'viewGroup.data': { zh: '数据', en: 'Data' },
  'view.notFound': { zh: '没有这个页面', en: 'There is no such page' },
  'view.toExplorer': { zh: '去图谱浏览', en: 'Go to the explorer' },

  'analysis.chain': { zh: '产业链', en: 'Industry chain' },
  'analysis.region': { zh: '地区', en: 'Region' },
  'analysis.allRegions': { zh: '全部地区', en: 'All regions' },
  'analysis.supplierKind': { zh: '供给方类型', en: 'Supplier type' },
  'analysis.supplier': { zh: '供给方', en: 'Supplier' },
  'analysis.supplierKind.Institution': { zh: '院校', en: 'Institution' },
  'analysis.supplierKind.Program': { zh: '专业', en: 'Program' },
  'analysis.supplierKind.MicroCredential': { zh: '微专业/微证书', en: 'Micro-credential' },
  'analysis.demand': { zh: '需求口径', en: 'Demand' },
  'analysis.demand.structural': { zh: '结构性（环节岗位需求）', en: 'Structural (segment demand)' },
  'analysis.demand.postings': { zh: '招聘需求', en: 'Job postings' },
  'analysis.period': { zh: '时期', en: 'Period' },
  'analysis.periodPlaceholder': { zh: '全部，如 2025', en: 'All, e.g. 2025' },
  'analysis.periodHint': {
    zh: '只在“招聘需求”口径下生效：2025、2025-H1、2025-Q3 或 2025-07；留空为全部时期。',
    en: 'Applies to job postings: 2025, 2025-H1, 2025-Q3 or 2025-07; empty for all periods.',
  },
  'analysis.followMappings': {
    zh: '沿跨体系映射借用能力画像',
    en: 'Borrow profiles over cross-scheme mappings (SAME_AS, BROADER_MATCH)',
  },
  'analysis.followMappingsHint': {
    zh: '没有自身能力要求的职业，借用与其 SAME_AS（或 BROADER_MATCH）的职业（如导入的 O*NET/ESCO 职业）的能力画像，权重乘以映射分值；SAME_AS 相连的能力计为一项。',
    en: 'An occupation without its own competency requirements borrows the profile of an occupation it is SAME_AS (or BROADER_MATCH) — e.g. an imported O*NET/ESCO occupation — weighted by the mapping score; competencies joined by SAME_AS count as one.',
  },
  'analysis.none': { zh: '（无可选项）', en: '(none available)' },
  'analysis.loadingOptions': { zh: '正在加载选项……', en: 'Loading the choices…' },
  'analysis.optionsFailed': {
    zh: '无法加载选项：{message}',
    en: 'Could not load the choices: {message}',
  },
  'analysis.loading': { zh: '正在计算……', en: 'Computing…' },
  'analysis.failed': { zh: '分析失败：{message}', en: 'Analysis failed: {message}' },
  'analysis.retry': { zh: '重试', en: 'Retry' },
  'analysis.problem.chain': { zh: '请选择产业链。', en: 'Pick an industry chain.' },
  'analysis.problem.region': { zh: '请选择地区。', en: 'Pick a region.' },
  'analysis.problem.supplier': { zh: '请选择供给方。', en: 'Pick a supplier.' },
  'analysis.problem.period': {
    zh: '时期格式应为 2025、2025-H1、2025-Q3 或 2025-07。',
    en: 'A period looks like 2025, 2025-H1, 2025-Q3 or 2025-07.',
  },
  'analysis.openInExplorer': { zh: '在图谱浏览中打开', en: 'Open in the explorer' },
  'analysis.graphHelp': {
    zh: '单击选中 · 双击在图谱浏览中打开 · 悬停高亮关联',
    en: 'Click to pick · double-click to open in the explorer · hover to highlight',
  },

  'dimension.knowledge': { zh: '知识', en: 'Knowledge' },
  'dimension.skill': { zh: '技能', en: 'Skill' },
  'dimension.quality': { zh: '素质', en: 'Quality' },

  'skillGap.title': { zh: '技能缺口分析', en: 'Skill-gap analysis' },
  'skillGap.coverage': { zh: '能力覆盖率', en: 'Coverage' },
  'skillGap.coverageHint': {
    zh: '按需求占比加权的供给度之和（Σ 需求占比 × 供给度）',
    en: 'Supply weighted by demand share (Σ share × supply)',
  },
  'skillGap.noCoverage': { zh: '无法计算覆盖率', en: 'No coverage to show' },
  'skillGap.reason.structural': {
    zh: '该产业链的环节没有对需要能力的职业设定岗位需求。',
    en: 'The chain’s segments have no demand on occupations that require competencies.',
  },
  'skillGap.reason.postings': {
    zh: '没有与所选地区、时期相符的该链职业招聘需求。',
    en: 'No posting for the chain’s occupations matches the region and period.',
  },
  'skillGap.totals': {
    zh: '{competencies} 项能力 · 总需求 {demand}',
    en: '{competencies} competencies · total demand {demand}',
  },
  'skillGap.supplyFull': { zh: '完全覆盖 {count}', en: 'Fully supplied {count}' },
  'skillGap.supplyPartial': { zh: '部分覆盖 {count}', en: 'Partly supplied {count}' },
  'skillGap.supplyNone': { zh: '未覆盖 {count}', en: 'Not supplied {count}' },
  'skillGap.table': { zh: '能力缺口（按缺口从大到小）', en: 'Competency gaps, largest first' },
  'skillGap.col.competency': { zh: '能力要素', en: 'Competency' },
  'skillGap.col.dimension': { zh: '维度', en: 'Dimension' },
  'skillGap.col.share': { zh: '需求占比', en: 'Demand share' },
  'skillGap.col.levels': { zh: '要求→教授', en: 'Level need→taught' },
  'skillGap.col.levelsHint': {
    zh: '职业要求的最高等级 → 供给方课程教授的最高等级（1–5）',
    en: 'Highest level the occupations need → highest level the supplier’s courses teach (1–5)',
  },
  'skillGap.col.supply': { zh: '供给度', en: 'Supply' },
  'skillGap.col.gap': { zh: '缺口', en: 'Gap' },
  'skillGap.col.courses': { zh: '教授课程', en: 'Taught by' },
  'skillGap.col.occupations': { zh: '需求职业', en: 'Needed by' },
  'skillGap.notTaught': { zh: '未开设', en: 'Not taught' },
  'skillGap.empty': {
    zh: '没有可列出的能力需求。',
    en: 'No competency demand to list.',
  },
  'skillGap.graph': { zh: '缺口子图', en: 'Gap subgraph' },
  'skillGap.legend.supply': { zh: '供给度', en: 'Supply' },
  'skillGap.legend.size': { zh: '圆点大小 = 需求占比', en: 'Dot size = demand share' },
  'skillGap.legend.occupation': { zh: '职业（需求方）', en: 'Occupation (demand)' },
  'skillGap.legend.course': { zh: '课程（供给方）', en: 'Course (supply)' },

  'weakLinks.title': { zh: '产业链补链强链分析', en: 'Chain weak links' },
  'weakLinks.summary': {
    zh: '本地企业 {local} 家 / 全链 {all} 家',
    en: '{local} local enterprises of {all} in the chain',
  },
  'weakLinks.thresholds': {
    zh: '区位商 LQ < {weak} 为弱链，LQ > {strong} 为强链，无本地企业为缺链',
    en: 'LQ below {weak} is weak, above {strong} strong; no local enterprise is missing',
  },
  'weakLinks.table': { zh: '链环节（上游 → 下游）', en: 'Segments, upstream → downstream' },
  'weakLinks.col.order': { zh: '序', en: '#' },
  'weakLinks.col.segment': { zh: '链环节', en: 'Segment' },
  'weakLinks.col.position': { zh: '位置', en: 'Position' },
  'weakLinks.col.status': { zh: '状态', en: 'Status' },
  'weakLinks.col.local': { zh: '本地 / 全部企业', en: 'Local / all' },
  'weakLinks.col.lq': { zh: '区位商 LQ', en: 'LQ' },
  'weakLinks.status.missing': { zh: '缺链', en: 'Missing' },
  'weakLinks.status.weak': { zh: '弱链', en: 'Weak' },
  'weakLinks.status.normal': { zh: '正常', en: 'Normal' },
  'weakLinks.status.strong': { zh: '强链', en: 'Strong' },
  'weakLinks.position.upstream': { zh: '上游', en: 'Upstream' },
  'weakLinks.position.midstream': { zh: '中游', en: 'Midstream' },
  'weakLinks.position.downstream': { zh: '下游', en: 'Downstream' },
  'weakLinks.enterprises': { zh: '本地企业 · {segment}', en: 'Local enterprises · {segment}' },
  'weakLinks.noLocal': {
    zh: '本地区没有该环节的企业——补链招商的方向。',
    en: 'No local enterprise works in this segment — a link to fill.',
  },
  'weakLinks.pickSegment': {
    zh: '单击表格中的环节，查看它的本地企业。',
    en: 'Click a segment in the table to list its local enterprises.',
  },
  'weakLinks.graph': { zh: '链条图', en: 'Chain lanes' },
  'weakLinks.graphLarge': { zh: '放大链条图', en: 'Open the lanes large' },
  'weakLinks.graphSmall': { zh: '返回表格', en: 'Back to the table' },
  'weakLinks.empty': { zh: '该产业链没有环节。', en: 'The chain has no segments.' },

  'import.title': { zh: '导入数据', en: 'Import data' },
  'import.intro': {
    zh: '上传电子表格或 NDJSON 文件，先检查（试运行，不写入任何数据），没有问题后再导入。导入要么全部写入，要么什么都不写。',
    en: 'Upload spreadsheets or NDJSON files, check them first (a dry run writes nothing), then import. An import writes everything or nothing.',
  },
  'import.step.files': { zh: '选择文件', en: 'Pick the files' },
  'import.step.read': { zh: '读取方式', en: 'How to read them' },
  'import.step.run': { zh: '检查并导入', en: 'Check and import' },

  'import.files.drop': { zh: '把文件拖到这里，或', en: 'Drop files here, or' },
  'import.files.browse': { zh: '选择文件……', en: 'Choose files…' },
  'import.files.hint': {
    zh: '可多选：CSV、TSV、NDJSON、JSON。与已选文件同名的文件会替换它。',
    en: 'Several at once: CSV, TSV, NDJSON, JSON. A file with the name of one already picked replaces it.',
  },
  'import.files.none': { zh: '尚未选择文件', en: 'No files picked yet' },
  'import.files.count': { zh: '{count} 个文件 · 共 {size}', en: '{count} file(s) · {size} in all' },
  'import.files.remove': { zh: '移除 {name}', en: 'Remove {name}' },
  'import.files.uploaded': { zh: '已上传', en: 'Uploaded' },
  'import.files.uploading': { zh: '上传中', en: 'Uploading' },
  'import.files.waiting': { zh: '待上传', en: 'Not uploaded yet' },
  'import.files.uploadFailed': { zh: '上传失败：{message}', en: 'Upload failed: {message}' },
  'import.files.uploadLabel': { zh: '{name} 上传进度', en: 'Upload of {name}' },

  'import.mode': { zh: '读取为', en: 'Read as' },
  'import.mode.ndjson': { zh: 'NDJSON 记录（无需映射）', en: 'NDJSON records (no mapping)' },
  'import.mode.preset': { zh: '内置预设', en: 'A preset' },
  'import.mode.mapping': { zh: '映射文件', en: 'A mapping file' },
  'import.mode.ndjsonHint': {
    zh: '每行一条节点或关系记录（格式见 README 的“导入自己的数据”）。',
    en: 'One node or relationship record a line (see “Loading your own data” in the README).',
  },
  'import.preset': { zh: '预设', en: 'Preset' },
  'import.preset.loading': { zh: '正在加载预设……', en: 'Loading the presets…' },
  'import.preset.failed': {
    zh: '无法加载预设：{message}',
    en: 'Could not load the presets: {message}',
  },
  'import.preset.none': { zh: '服务器没有提供预设。', en: 'The server offers no presets.' },
  'import.preset.files': { zh: '读取的文件：{files}', en: 'Reads: {files}' },
  'import.preset.unmatched': {
    zh: '该预设不读取这些文件：{names}',
    en: 'The preset does not read: {names}',
  },
  'import.mapping': { zh: '映射文件', en: 'Mapping file' },
  'import.mapping.pick': {
    zh: '选择映射文件（.yaml / .yml / .json）……',
    en: 'Choose a mapping file (.yaml, .yml, .json)…',
  },
  'import.mapping.change': { zh: '更换……', en: 'Change…' },
  'import.mapping.clear': { zh: '移除', en: 'Remove' },
  'import.mapping.noDescription': {
    zh: '（映射没有 description 说明）',
    en: '(the mapping has no description)',
  },
  'import.mapping.readFailed': {
    zh: '无法读取映射文件：{message}',
    en: 'Could not read the mapping file: {message}',
  },
  'import.mapping.syntax': { zh: '不是有效的 JSON：{message}', en: 'Not valid JSON: {message}' },
  'import.mapping.unmatched': {
    zh: '映射中没有条目读取这些文件：{names}',
    en: 'No entry of the mapping reads: {names}',
  },
  'import.encoding': { zh: '编码', en: 'Encoding' },
  'import.encoding.fromMapping': {
    zh: '按映射（{encodings}）',
    en: 'As the mapping says ({encodings})',
  },
  'import.encoding.fromPreset': { zh: '按预设', en: 'As the preset says' },
  'import.encoding.default': { zh: '默认（UTF-8）', en: 'Default (UTF-8)' },
  'import.encoding.hint': {
    zh: 'Excel 另存的中文 CSV 常为 GB18030 / GBK。',
    en: 'Chinese CSV files saved by Excel are often GB18030 / GBK.',
  },

  'import.dryRun': { zh: '检查（试运行）', en: 'Check (dry run)' },
  'import.run': { zh: '导入', en: 'Import' },
  'import.blocker.files': { zh: '请先选择文件。', en: 'Pick the files first.' },
  'import.blocker.preset': { zh: '请选择一个预设。', en: 'Pick a preset.' },
  'import.blocker.mapping': { zh: '请选择映射文件。', en: 'Pick a mapping file.' },
  'import.blocker.check': {
    zh: '先检查：试运行没有发现问题后才能导入。',
    en: 'Check first: Import is enabled once a dry run finds no problem.',
  },
  'import.blocker.changed': {
    zh: '检查之后选择有改动，请重新检查。',
    en: 'The selection changed since the check; check it again.',
  },
  'import.blocker.busy': { zh: '任务进行中……', en: 'A job is under way…' },
  'import.ready': {
    zh: '检查通过，可以导入（沿用已上传的文件）。',
    en: 'The check passed: ready to import (the uploaded files are re-used).',
  },

  'import.stage.uploading': {
    zh: '正在上传文件……{percent}%',
    en: 'Uploading the files… {percent}%',
  },
  'import.stage.starting': { zh: '正在启动任务……', en: 'Starting the job…' },
  'import.progress.dryRun': { zh: '检查进度', en: 'Check progress' },
  'import.progress.import': { zh: '导入进度', en: 'Import progress' },
  'import.progress.bytes': { zh: '已读', en: 'Read' },
  'import.progress.rows': { zh: '行', en: 'Rows' },
  'import.progress.records': { zh: '记录', en: 'Records' },
  'import.phase.queued': { zh: '排队中', en: 'Queued' },
  'import.phase.nodes': { zh: '读取节点', en: 'Reading nodes' },
  'import.phase.edges': { zh: '读取关系', en: 'Reading relationships' },
  'import.phase.commit': { zh: '写入中', en: 'Writing' },
  'import.phase.rollback': { zh: '回滚中', en: 'Rolling back' },
  'import.phase.done': { zh: '完成', en: 'Done' },
  'import.state.done': { zh: '完成', en: 'Done' },
  'import.state.rejected': { zh: '发现问题，未写入', en: 'Problems found; nothing written' },
  'import.state.failed': { zh: '失败，未写入', en: 'Failed; nothing written' },
  'import.badge.dryRun': { zh: '试运行', en: 'Dry run' },
  'import.badge.import': { zh: '导入', en: 'Import' },

  'import.result.dryRun': {
    zh: '检查通过，没有问题。导入将写入：',
    en: 'The check found no problem. The import would write:',
  },
  'import.result.done': { zh: '导入完成，已写入：', en: 'Imported. Written:' },
  'import.result.nodesCreated': { zh: '新建节点', en: 'Nodes created' },
  'import.result.nodesUpdated': { zh: '更新节点', en: 'Nodes updated' },
  'import.result.edgesCreated': { zh: '新建关系', en: 'Relationships created' },
  'import.result.edgesUpdated': { zh: '更新关系', en: 'Relationships updated' },
  'import.result.summary': {
    zh: '{records} 条记录 · 跳过 {skipped} 行 · 用时 {seconds} 秒',
    en: '{records} records · {skipped} rows skipped · {seconds} s',
  },
  'import.result.explore': { zh: '去图谱浏览中查看', en: 'Explore the graph' },
  'import.result.exploreHint': {
    zh: '在上方搜索框输入导入节点的名称或代码。',
    en: 'Type the name or code of an imported node in the search box above.',
  },

  'import.problems.title': {
    zh: '发现 {total} 个问题，没有写入任何数据',
    en: '{total} problem(s) found; nothing was written',
  },
  'import.problems.hint': {
    zh: '修正文件或映射后重新检查。',
    en: 'Fix the files or the mapping, then check again.',
  },
  'import.problems.byFile': { zh: '{file} {count} 个', en: '{file} {count}' },
  'import.problems.listed': { zh: '已列出：{files}', en: 'Listed: {files}' },
  'import.problems.col.file': { zh: '文件', en: 'File' },
  'import.problems.col.row': { zh: '行', en: 'Row' },
  'import.problems.col.column': { zh: '列', en: 'Column' },
  'import.problems.col.field': { zh: '字段', en: 'Field' },
  'import.problems.col.message': { zh: '问题', en: 'Problem' },
  'import.problems.wholeFile': { zh: '整个文件', en: 'whole file' },
  'import.problems.more': {
    zh: '另有 {count} 个问题未列出。',
    en: '{count} more not shown.',
  },

  'import.error.upload': {
    zh: '上传 {file} 失败：{message}',
    en: 'Uploading {file} failed: {message}',
  },
  'import.error.start': { zh: '无法启动任务：{message}', en: 'Could not start the job: {message}' },
  'import.error.follow': {
    zh: '与任务失去联系：{message}。任务可能仍在服务器上运行。',
    en: 'Lost contact with the job: {message}. It may still be running on the server.',
  },
  'import.error.mapping': { zh: '映射无效：{message}', en: 'The mapping is invalid: {message}' },
  'import.error.mappingIssues': {
    zh: '映射或文件表头有 {count} 个问题，没有读取任何数据：',
    en: 'The mapping or the file headers have {count} problem(s); no row was read:',
  },
  'import.error.network': {
    zh: '无法连接服务器。已选的文件和设置都保留着，已上传的文件不会重复上传；连接恢复后请重试。',
    en: 'The server could not be reached. Your selection is kept and uploaded files are not sent again; try again once the connection is back.',
  },
  'import.error.failed': {
    zh: '任务失败，没有写入任何数据：{message}',
    en: 'The job failed; nothing was written: {message}',
  },
  'import.retry': { zh: '重试', en: 'Try again' },
  'import.reconnect': { zh: '重新连接', en: 'Reconnect' },

  'value.true': { zh: '是', en: 'yes' },
  'value.false': { zh: '否', en: 'no' },

  ...viewMessages,
  ...authMessages,
  ...changeMessages,
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;
