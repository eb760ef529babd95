/**
 * The published methodology, generated from the signal definitions themselves, so the page, the
 * markdown in docs/signals.md and the code cannot drift apart.
 */
import type { ParamSpec, ParamUnit, SignalId, SignalOverrides } from './types.ts';
import { SIGNALS, resolveParams } from './registry.ts';
import { yuan } from './util.ts';

export type Locale = 'zh-CN' | 'en';

export interface MethodologyParam {
  name: string;
  label: string;
  unit: ParamUnit;
  value: number;
  default: number;
  /** The value shown to readers: `90 天`, `¥200,000.00`, `50%`. */
  display: string;
  default_display: string;
  /** True when content/portal.yaml changes it. */
  overridden: boolean;
}

export interface MethodologySection {
  id: SignalId;
  title: string;
  definition: string;
  why: string;
  params: MethodologyParam[];
}

export interface Methodology {
  title: string;
  intro: string[];
  sections: MethodologySection[];
  concentration: { title: string; paragraphs: string[] };
  configuration: { title: string; paragraphs: string[]; example: string };
}

const lang = (locale: Locale) => (locale === 'zh-CN' ? 'zh' : 'en');

function show(unit: ParamUnit, value: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (unit) {
    case 'days':
      return zh ? `${value} 天` : `${value} day${value === 1 ? '' : 's'}`;
    case 'months':
      return zh ? `${value} 个月` : `${value} month${value === 1 ? '' : 's'}`;
    case 'yuan':
      return yuan(value * 100);
    case 'percent':
      return `${value}%`;
    case 'count':
      return String(value);
  }
}

const TEXT = {
  title: { zh: '诚信信号：定义与方法', en: 'Integrity signals: definitions and method' },
  intro: {
    zh: [
      '诚信信号是从公开数据中按固定规则自动找出的、值得关注的情况。信号不是结论，更不是对任何组织或个人的指控：很多信号都有正当的解释（例如合同变更、补录数据），它提示的是"值得多看一眼"。',
      '每个信号都公开定义、参数和理由，任何人用下载的数据都能复现同样的结果。参数的默认值如下，发布方可以在 content/portal.yaml 中调整，调整后的值会显示在本页。',
      '比较规则：凡写"超过""高于"的门槛都不含门槛本身（恰好等于不算）；凡写"……个月内"的时间窗口都包含窗口的最后一天。',
    ],
    en: [
      'Integrity signals are situations worth a closer look, found in the published data by fixed rules. A signal is not a finding, let alone an accusation against any organization or person: many have a legitimate explanation (a contract amendment, data entered late). It says "worth a second look".',
      'Every signal publishes its definition, parameters and reasoning, so anyone can reproduce the result from the downloaded data. The defaults are listed below; a publisher may change them in content/portal.yaml, and the values in use are shown on this page.',
      'Comparisons: thresholds described as "more than", "above" or "later than" exclude the threshold itself (exactly equal does not count); windows described as "within N months" include their last day.',
    ],
  },
  concentration: {
    title: { zh: '资金集中度', en: 'Concentration of funds' },
    paragraphs: {
      zh: [
        '对每个政府方的每一年，以及全区每一年，计算：合作资金总额（合同金额之和）、获得资金的组织数、第一大组织的份额、前三大组织的份额、赫芬达尔—赫希曼指数（HHI）和新组织所占份额。资金按归属到各组织的合同金额计算，计入项目的年份（签约年份，没有签约日期时用开始年份）；份额的分母是归属到各组织的金额之和，一般就等于合同金额之和。',
        '份额以万分比（基点）表示，四舍五入到整数。HHI 是各组织份额（百分数）的平方和，范围 0–10000，10000 表示全部资金归一家组织；计算时用整数精确求出 10000 × Σ(各组织金额²) ÷ (总额²)，最后一步才四舍五入到整数，因此不受各份额取整的影响。例如三家组织分别占 60%、30%、10%，HHI = 3600 + 900 + 100 = 4600。',
        '"新组织"指首次参与合作项目（任何政府方、任何角色）的年份不早于当年的前一年的组织，即首次年份 ≥ 当年 − 1。新组织份额偏低，可能说明资金集中在少数"成熟"组织，新组织难以进入。数据最早的两年里没有更早的记录，所有组织看起来都是新组织，因此这两年的新组织份额不作比较。',
      ],
      en: [
        'For each government and year, and for the whole portal by year: total committed (sum of contract values), the number of funded organizations, the share of the largest and of the three largest, the Herfindahl–Hirschman index (HHI), and the share going to new organizations. Money is the contract value attributed to each organization, counted in the partnership\'s year (the year it was signed, else the year it started); shares are of the total attributed to organizations, which normally equals the total committed.',
        'Shares are in basis points (1% = 100), rounded half up to a whole number. The HHI is the sum of the squared shares in percent, from 0 to 10000 (10000 = all funds with one organization); it is computed exactly in integers as 10000 × Σ(amount²) ÷ (total²) and rounded half up only at the end, so it does not depend on how the shares were rounded. For example, shares of 60%, 30% and 10% give an HHI of 3600 + 900 + 100 = 4600.',
        'A "new organization" is one whose first partnership (with any government, in any role) was in that year or the year before: first year ≥ year − 1. A low share for new organizations may mean funds stay with a few established organizations and newcomers find it hard to get in. In the first two years of the data there is no earlier record, so every organization looks new; the new-organization share is not compared for those years.',
      ],
    },
  },
  configuration: {
    title: { zh: '调整参数', en: 'Changing the parameters' },
    paragraphs: {
      zh: ['在 content/portal.yaml 的 signals 下按信号编号和参数名填写新值，未填写的参数使用默认值。填写了不存在的信号或参数、或数值不合要求时，构建会报错并列出问题。'],
      en: ['In content/portal.yaml, under signals, give new values by signal id and parameter name; parameters left out keep their defaults. An unknown signal or parameter, or a value of the wrong kind, stops the build with a message naming it.'],
    },
  },
};

function example(): string {
  const lines = ['signals:'];
  for (const s of SIGNALS) {
    const entries = Object.entries(s.params as Record<string, ParamSpec>);
    if (entries.length === 0) continue;
    lines.push(`  ${s.id}:`);
    for (const [name, spec] of entries) lines.push(`    ${name}: ${spec.default}`);
  }
  return lines.join('\n');
}

/** Structured methodology for a page: one section per signal, with the parameters in use. */
export function renderSignalsMethodology(locale: Locale, overrides: SignalOverrides = {}): Methodology {
  const l = lang(locale);
  return {
    title: TEXT.title[l],
    intro: TEXT.intro[l],
    sections: SIGNALS.map((s) => {
      const values = resolveParams(s, overrides);
      const specs = s.params as Record<string, ParamSpec>;
      return {
        id: s.id,
        title: s.title[l],
        definition: s.definition(values)[l],
        why: s.why[l],
        params: Object.entries(specs).map(([name, spec]) => {
          const value = values[name] ?? spec.default;
          return {
            name,
            label: spec.label[l],
            unit: spec.unit,
            value,
            default: spec.default,
            display: show(spec.unit, value, locale),
            default_display: show(spec.unit, spec.default, locale),
            overridden: value !== spec.default,
          };
        }),
      };
    }),
    concentration: { title: TEXT.concentration.title[l], paragraphs: TEXT.concentration.paragraphs[l] },
    configuration: { title: TEXT.configuration.title[l], paragraphs: TEXT.configuration.paragraphs[l], example: example() },
  };
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');

/** docs/signals.md: both languages, from the same definitions (with the defaults unless overridden). */
export function renderSignalsMarkdown(overrides: SignalOverrides = {}): string {
  const zh = renderSignalsMethodology('zh-CN', overrides);
  const en = renderSignalsMethodology('en', overrides);
  const out: string[] = [
    `# ${zh.title} · ${en.title}`,
    '',
    '<!-- Generated from src/lib/signals/ by `node scripts/lib/signals-doc.ts`; do not edit by hand. tests/unit/signals-doc.test.ts fails when this file is out of date. -->',
    '',
    ...zh.intro.flatMap((p) => [p, '']),
    ...en.intro.flatMap((p) => [p, '']),
    '## 信号一览 · Signals',
    '',
    '| 编号 id | 信号 | Signal |',
    '| --- | --- | --- |',
    ...zh.sections.map((s, i) => `| \`${s.id}\` | ${escapeCell(s.title)} | ${escapeCell(en.sections[i]?.title ?? '')} |`),
    '',
  ];
  zh.sections.forEach((z, i) => {
    const e = en.sections[i];
    if (!e) return;
    out.push(`### ${i + 1}. ${z.title} · ${e.title} (\`${z.id}\`)`, '');
    out.push(`**定义**：${z.definition}`, '', `**Definition**: ${e.definition}`, '');
    out.push(`**为什么值得关注**：${z.why}`, '', `**Why it matters**: ${e.why}`, '');
    if (z.params.length === 0) {
      out.push('参数：无。 · Parameters: none.', '');
    } else {
      out.push('| 参数 parameter | 含义 | Meaning | 取值 value |', '| --- | --- | --- | --- |');
      z.params.forEach((p, j) => {
        const pe = e.params[j];
        out.push(`| \`${p.name}\` | ${escapeCell(p.label)} | ${escapeCell(pe?.label ?? '')} | ${escapeCell(pe?.display ?? p.display)}${p.overridden ? ` (default ${escapeCell(pe?.default_display ?? '')})` : ''} |`);
      });
      out.push('');
    }
  });
  out.push(`## ${zh.concentration.title} · ${en.concentration.title}`, '');
  for (const p of zh.concentration.paragraphs) out.push(p, '');
  for (const p of en.concentration.paragraphs) out.push(p, '');
  out.push(`## ${zh.configuration.title} · ${en.configuration.title}`, '');
  for (const p of zh.configuration.paragraphs) out.push(p, '');
  for (const p of en.configuration.paragraphs) out.push(p, '');
  out.push('```yaml', zh.configuration.example, '```', '');
  return out.join('\n');
}
