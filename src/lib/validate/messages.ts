/**
 * Every problem a publisher can be told about, in plain Chinese and English.
 * One catalogue so that messages stay consistent and tests can assert their exact text.
 */
export type Params = Record<string, string | number>;

interface Template {
  zh: string;
  en: string;
}

export const MESSAGES = {
  // cells
  required: { zh: '必填，不能为空', en: 'is required and cannot be empty' },
  not_integer: { zh: '“{value}”不是整数', en: '"{value}" is not a whole number' },
  integer_min: { zh: '“{value}”应不小于 {min}', en: '"{value}" must be at least {min}' },
  integer_range: { zh: '“{value}”应在 {min} 到 {max} 之间', en: '"{value}" must be between {min} and {max}' },
  not_decimal: { zh: '“{value}”不是数字', en: '"{value}" is not a number' },
  decimal_precision: { zh: '“{value}”最多保留 {digits} 位小数', en: '"{value}" has too many decimal places (at most {digits})' },
  money_not_number: { zh: '金额“{value}”不是数字', en: 'amount "{value}" is not a number' },
  money_negative: { zh: '金额“{value}”不能为负数', en: 'amount "{value}" cannot be negative' },
  money_precision: {
    zh: '金额“{value}”的小数超过 {digits} 位（以{unit}为单位，最小到分）',
    en: 'amount "{value}" has more than the {digits} decimal places allowed in {unitEn} (the smallest unit is one fen)',
  },
  money_too_large: { zh: '金额“{value}”过大，无法精确处理', en: 'amount "{value}" is too large to handle exactly' },
  date_format: { zh: '日期“{value}”格式不正确，应为 YYYY-MM-DD，例如 2025-03-01', en: 'date "{value}" is not in the form YYYY-MM-DD, e.g. 2025-03-01' },
  date_impossible: { zh: '日期“{value}”不存在', en: 'date "{value}" does not exist' },
  enum_unknown: { zh: '“{value}”不是允许的取值（可选：{allowed}）', en: '"{value}" is not an allowed value (allowed: {allowed})' },
  boolean: { zh: '“{value}”应为 是/否', en: '"{value}" must be yes or no (是/否)' },
  id_format: {
    zh: '编号“{value}”只能包含字母、数字、连字符、下划线和点，且不超过 64 个字符',
    en: 'id "{value}" may only contain letters, digits, "-", "_" and ".", at most 64 characters',
  },
  uscc_format: { zh: '统一社会信用代码“{value}”应为 18 位数字或大写字母', en: 'unified social credit code "{value}" must be 18 digits or capital letters' },
  uscc_check: {
    zh: '统一社会信用代码“{value}”校验码错误（应为 {expected}）',
    en: 'unified social credit code "{value}" has a wrong check character (expected {expected})',
  },
  url_invalid: { zh: '链接“{value}”不是有效网址', en: 'link "{value}" is not a valid address' },
  url_scheme: {
    zh: '链接“{value}”只能使用 http、https 或 mailto',
    en: 'link "{value}" must use http, https or mailto',
  },
  phone_invalid: { zh: '电话“{value}”格式不正确', en: 'phone number "{value}" is not valid' },
  email_invalid: { zh: '电子邮箱“{value}”格式不正确', en: 'email address "{value}" is not valid' },
  text_too_long: { zh: '内容过长（{length} 字，最多 {max} 字）', en: 'text is too long ({length} characters, at most {max})' },
  personal_id_number: {
    zh: '包含居民身份证号码（{masked}），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段',
    en: 'contains a resident ID number ({masked}) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml',
  },
  personal_mobile: {
    zh: '包含手机号码（{masked}），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段',
    en: 'contains a mobile phone number ({masked}) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml',
  },

  // rows and tables
  duplicate_id: { zh: '编号“{value}”重复，已在第 {firstRow} 行出现', en: 'id "{value}" is a duplicate of row {firstRow}' },
  duplicate_key: { zh: '“{value}”重复，已在第 {firstRow} 行出现', en: '"{value}" is a duplicate of row {firstRow}' },
  unknown_reference: {
    zh: '引用了不存在的{target}“{value}”',
    en: 'refers to {targetEn} "{value}", which does not exist',
  },
  wrong_kind: {
    zh: '“{value}”应为{expected}，但登记为{actual}',
    en: '"{value}" must be {expectedEn} but is registered as {actualEn}',
  },
  end_before_start: { zh: '结束日期 {end} 早于开始日期 {start}', en: 'end date {end} is before start date {start}' },
  refund_exceeds: {
    zh: '退回金额合计 {refunded} 超过拨付合计 {disbursed}',
    en: 'refunds total {refunded}, more than the {disbursed} disbursed',
  },
  no_lead: {
    zh: '项目没有承接方：请在合作方表（partners）中至少填写一个角色为“承接方”的组织',
    en: 'the partnership has no lead organization: add at least one partner with the role "lead" in the partners table',
  },
  budget_mismatch: {
    zh: '预算明细合计 {budget} 与合同金额 {contract} 不一致',
    en: 'budget lines total {budget}, which differs from the contract value {contract}',
  },
  shares_exceed_contract: {
    zh: '承接方和合作方的分配金额合计 {shares} 超过合同金额 {contract}',
    en: 'the shares of the lead and partners total {shares}, more than the contract value {contract}',
  },
  spent_exceeds_disbursed: {
    zh: '支出合计 {spent} 超过拨付净额 {disbursed}（拨付减退回）',
    en: 'expenditure totals {spent}, more than the {disbursed} disbursed net of refunds',
  },
  grade_score_mismatch: {
    zh: '评分 {score} 与等级“{grade}”不相符（{range}）',
    en: 'score {score} does not match grade "{gradeEn}" ({rangeEn})',
  },
  survey_sample_missing: {
    zh: '满意度调查应填写样本量',
    en: 'a satisfaction survey should give its sample size',
  },

  // files and sources
  missing_column: { zh: '缺少必需的列“{column}”', en: 'required column "{columnEn}" is missing' },
  unknown_column: { zh: '无法识别的列“{column}”，已忽略', en: 'column "{column}" is not recognised and was ignored' },
  duplicate_column: { zh: '列“{column}”出现了两次', en: 'column "{column}" appears twice' },
  file_unreadable: { zh: '无法读取文件：{reason}', en: 'the file cannot be read: {reason}' },
  file_format: { zh: '不支持的文件格式“{ext}”（支持 csv、xlsx、json、yaml）', en: 'unsupported file format "{ext}" (use csv, xlsx, json or yaml)' },
  encoding_unknown: {
    zh: '无法识别文件编码：请另存为 UTF-8 或 GB18030（GBK）编码的 CSV',
    en: 'the file encoding is not recognised: save it as CSV in UTF-8 or GB18030 (GBK)',
  },
  csv_syntax: { zh: 'CSV 格式错误：{reason}', en: 'CSV syntax error: {reasonEn}' },
  structured_not_list: {
    zh: '文件内容应为记录列表（数组），或包含“{table}”列表的对象',
    en: 'the file must hold a list of records, or an object with a "{table}" list',
  },
  source_unreachable: {
    zh: '无法获取数据源 {url}：{reason}。为避免发布不完整的网站，本次构建已停止',
    en: 'data source {url} could not be fetched: {reason}. The build stopped so that no partial site is published',
  },
  source_missing: {
    zh: '数据表“{table}”没有配置数据源',
    en: 'no data source is configured for the table "{table}"',
  },
  config_invalid: { zh: '站点配置错误：{reason}', en: 'site configuration error: {reasonEn}' },
} as const satisfies Record<string, Template>;

export type MessageCode = keyof typeof MESSAGES;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Renders a message in both languages. Params with an `En` suffix supply the English wording. */
export function renderMessage(code: MessageCode, params: Params = {}): { zh: string; en: string } {
  const template: Template = MESSAGES[code];
  return { zh: fill(template.zh, params), en: fill(template.en, params) };
}
