/** 搜索页界面文字（中文）。English: search.en.ts, same keys (type-checked against this file). */
export const searchZhCN = {
  title: '搜索',
  intro: '按项目名称、街道、组织名称或关键词查找合作项目、社会组织和政府部门，并可按条件筛选、按金额或日期排序。',
  queryLabel: '搜索词',
  queryHint: '例如街道名称、组织简称，或“养老”“议事”这样的词。',
  submit: '搜索',
  filtersHeading: '筛选条件',
  filtersNote: '除“类型”外，筛选条件只适用于合作项目。同一项中勾选多个时，符合其中任一即可。',
  clear: '清除所有条件',
  facets: {
    kind: '类型',
    district: '所属街镇',
    mode: '合作方式',
    field: '服务领域',
    status: '项目状态',
    year: '年度',
    government: '政府方',
    band: '合同金额',
    grade: '最近一次评估等级',
    signals: '值得关注的情况',
  },
  kinds: { partnership: '项目', organization: '组织', government: '政府', page: '页面' },
  noGrade: '未评估',
  signalValues: { yes: '有', no: '无' },
  sortLabel: '排序',
  sorts: {
    relevance: '相关程度',
    'amount-desc': '金额从高到低',
    'amount-asc': '金额从低到高',
    'date-desc': '签约日期从新到旧',
    'date-asc': '签约日期从旧到新',
    'score-desc': '评估得分从高到低',
    'score-asc': '评估得分从低到高',
  },
  sortNote: '按金额、日期或得分排序时，只列出有这项数值的结果（例如页面没有金额）。',
  resultsHeading: '搜索结果',
  noScript: '搜索需要浏览器启用 JavaScript。不使用 JavaScript 也可以浏览：',
  noScriptProjects: '全部合作项目一览表',
  noScriptOrganizations: '社会组织名录',
  idle: '请输入搜索词，或选择筛选条件后点击“搜索”。',
  loading: '正在搜索……',
  count: (n: string) => `找到 ${n} 条结果。`,
  countFor: (n: string, q: string) => `“${q}”找到 ${n} 条结果。`,
  showing: (shown: string, total: string) => `已显示 ${shown} 条，共 ${total} 条。`,
  showMore: '显示更多结果',
  noResults: '没有找到符合条件的结果。',
  noResultsFor: (q: string) => `没有找到与“${q}”相符的结果。`,
  suggestionsHeading: '可以试试：',
  suggestions: ['减少搜索词，或换一个更短的词', '去掉部分筛选条件', '用组织的简称搜索，例如只输入组织名称中间的两三个字'],
  error: '搜索暂时无法使用。请刷新页面重试，或浏览下面的列表。',
  facetCount: (n: string) => `${n} 条`,
  result: {
    amount: '合同金额',
    organizationAmount: '获得的合同金额',
    governmentAmount: '委托的合同金额',
    status: '状态',
    year: '年度',
    parties: '合作双方',
  },
};

export type SearchMessages = {
  [K in keyof typeof searchZhCN]: (typeof searchZhCN)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof searchZhCN)[K] extends readonly string[]
      ? readonly string[]
      : (typeof searchZhCN)[K] extends string
        ? string
        : { [J in keyof (typeof searchZhCN)[K]]: (typeof searchZhCN)[K][J] extends (...args: infer B) => string ? (...args: B) => string : string };
};
