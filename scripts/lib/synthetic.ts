/**
 * Synthetic data in the publisher's input format, for load tests and benchmarks: N partnerships with
 * proportional organizations and children, deterministic for a seed, written row by row so that
 * 100,000 partnerships never sit in memory at once. The small helpers here (seeded PRNG, day numbers,
 * CSV rows in schema order) are shared with scripts/make-sample.ts.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { TABLES, type TableName } from '../../src/lib/schema/tables.ts';
import * as v from '../../src/lib/schema/vocabularies.ts';
import { completeUscc } from '../../src/lib/values/uscc.ts';
import { fenToDecimalString } from '../../src/lib/values/money.ts';

// ───────────────────────────── shared helpers ─────────────────────────────

/** Mulberry32: small, fast, and the same sequence on every platform for a seed. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** Picks by weight; `weights` parallel to `list`. */
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < list.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return list[i] as T;
    }
    return list[list.length - 1] as T;
  }
}

/** Days since 1970-01-01 (UTC): dates as integers, so arithmetic is exact and cheap. */
export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

const isoCache = new Map<number, string>();
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** Money cell: integer 分 to "12345.67". */
export const yuan = (fen: number): string => fenToDecimalString(fen);

/**
 * Splits `total` 分 into parts proportional to `weights`, each rounded down to `step` 分 (default
 * 100 元), the last part taking the remainder so the parts sum exactly to the total.
 */
export function splitFen(total: number, weights: readonly number[], step = 10_000): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts: number[] = [];
  let used = 0;
  for (let i = 0; i < weights.length - 1; i++) {
    const part = Math.floor((total * (weights[i] ?? 0)) / sum / step) * step;
    parts.push(part);
    used += part;
  }
  parts.push(total - used);
  return parts;
}

type VocabCode<V> = V extends v.Vocabulary<infer K> ? K : never;
/** The Chinese label a publisher would type for a vocabulary code. */
export function zh<V extends v.Vocabulary<string>>(vocab: V, code: VocabCode<V>): string {
  return (vocab.labels[code] as v.Bilingual).zh;
}

export type Cells = Record<string, string | number | null | undefined>;

/** Receives CSV text per table (header line first, then rows). */
export interface TableSink {
  write(table: TableName, text: string): void;
}

const COLUMN_KEYS = new Map<string, string[]>(TABLES.map((t) => [t.name, Object.keys(t.columns)]));

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows in schema column order under the schema's Chinese headers. */
export class CsvTables {
  private readonly sink: TableSink;
  constructor(sink: TableSink) {
    this.sink = sink;
    for (const t of TABLES) {
      sink.write(t.name as TableName, Object.values(t.columns).map((c) => csvCell(c.header.zh)).join(',') + '\n');
    }
  }
  row(table: TableName, cells: Cells): void {
    const keys = COLUMN_KEYS.get(table) as string[];
    let line = '';
    for (let i = 0; i < keys.length; i++) line += (i > 0 ? ',' : '') + csvCell(cells[keys[i] as string]);
    this.sink.write(table, line + '\n');
  }
}

/** Writes `<dir>/<table>.csv` (UTF-8, no BOM), buffering per table and flushing in large chunks. */
export class FileSink implements TableSink {
  private readonly fds = new Map<string, number>();
  private readonly buffers = new Map<string, { parts: string[]; size: number }>();
  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const t of TABLES) {
      this.fds.set(t.name, openSync(path.join(dir, `${t.name}.csv`), 'w'));
      this.buffers.set(t.name, { parts: [], size: 0 });
    }
  }
  write(table: TableName, text: string): void {
    const buffer = this.buffers.get(table) as { parts: string[]; size: number };
    buffer.parts.push(text);
    buffer.size += text.length;
    if (buffer.size > 1 << 18) this.flush(table);
  }
  private flush(table: string): void {
    const buffer = this.buffers.get(table) as { parts: string[]; size: number };
    if (buffer.parts.length > 0) writeSync(this.fds.get(table) as number, buffer.parts.join(''));
    buffer.parts = [];
    buffer.size = 0;
  }
  close(): void {
    for (const [table, fd] of this.fds) {
      this.flush(table);
      closeSync(fd);
    }
  }
}

// ───────────────────────────── word lists ─────────────────────────────

type Word = readonly [zh: string, en: string];

const DISTRICT_FIRST: readonly Word[] = [
  ['青', 'Qing'], ['望', 'Wang'], ['临', 'Lin'], ['白', 'Bai'], ['云', 'Yun'], ['金', 'Jin'], ['玉', 'Yu'], ['长', 'Chang'],
  ['安', 'An'], ['平', 'Ping'], ['新', 'Xin'], ['永', 'Yong'], ['兴', 'Xing'], ['宁', 'Ning'], ['华', 'Hua'], ['明', 'Ming'],
];
const DISTRICT_SECOND: readonly Word[] = [
  ['松', 'song'], ['江', 'jiang'], ['川', 'chuan'], ['石', 'shi'], ['溪', 'xi'], ['山', 'shan'], ['湖', 'hu'], ['河', 'he'],
  ['城', 'cheng'], ['林', 'lin'], ['阳', 'yang'], ['泉', 'quan'], ['原', 'yuan'], ['州', 'zhou'],
];
const STREET_FIRST: readonly Word[] = [
  ['桂', 'Gui'], ['梅', 'Mei'], ['竹', 'Zhu'], ['兰', 'Lan'], ['荷', 'He'], ['枫', 'Feng'], ['柳', 'Liu'], ['杏', 'Xing'],
  ['桃', 'Tao'], ['樟', 'Zhang'], ['榕', 'Rong'], ['槐', 'Huai'], ['东', 'Dong'], ['西', 'Xi'], ['南', 'Nan'], ['北', 'Bei'],
];
const STREET_SECOND: readonly Word[] = [
  ['花', 'hua'], ['林', 'lin'], ['溪', 'xi'], ['园', 'yuan'], ['苑', 'yuan'], ['桥', 'qiao'], ['塘', 'tang'], ['湾', 'wan'],
  ['坊', 'fang'], ['庄', 'zhuang'], ['港', 'gang'], ['浦', 'pu'],
];
const ORG_CORE: readonly Word[] = [
  ['乐龄', 'Leling'], ['阳光', 'Sunshine'], ['青苗', 'Seedling'], ['绿源', 'Green Source'], ['邻里', 'Neighbours'], ['同心', 'Tongxin'],
  ['安康', 'Ankang'], ['启明', 'Qiming'], ['春晖', 'Chunhui'], ['晨曦', 'Dawn'], ['融爱', 'Rong’ai'], ['善德', 'Shande'],
  ['和美', 'Hemei'], ['汇智', 'Huizhi'], ['益家', 'Yijia'], ['暖心', 'Warm Heart'], ['共享', 'Sharing'], ['星火', 'Spark'],
  ['拾光', 'Shiguang'], ['众行', 'Zhongxing'], ['仁爱', 'Ren’ai'], ['明德', 'Mingde'], ['恒善', 'Hengshan'], ['友邻', 'Good Neighbour'],
  ['立人', 'Liren'], ['心桥', 'Heart Bridge'], ['向阳', 'Xiangyang'], ['蒲公英', 'Dandelion'], ['彩虹', 'Rainbow'], ['翼飞', 'Yifei'],
  ['嘉禾', 'Jiahe'], ['知行', 'Zhixing'], ['朝阳', 'Morning Sun'], ['长青', 'Evergreen'], ['睦邻', 'Mulin'], ['悦来', 'Yuelai'],
];
const SUFFIXES: Record<'social_group' | 'social_service' | 'foundation' | 'community_org', readonly Word[]> = {
  social_service: [
    ['社会工作服务中心', 'Social Work Service Centre'], ['养老服务中心', 'Elderly Care Centre'], ['青少年发展中心', 'Youth Development Centre'],
    ['助残服务中心', 'Disability Support Centre'], ['社区发展中心', 'Community Development Centre'], ['公益服务中心', 'Public Benefit Service Centre'],
    ['健康促进中心', 'Health Promotion Centre'], ['环保公益服务中心', 'Environmental Service Centre'], ['文化发展中心', 'Cultural Development Centre'],
  ],
  social_group: [
    ['志愿者协会', 'Volunteers Association'], ['公益联合会', 'Public Benefit Federation'], ['老年协会', 'Senior Citizens Association'],
    ['体育协会', 'Sports Association'], ['文化促进会', 'Culture Promotion Association'], ['社会工作者协会', 'Social Workers Association'],
  ],
  foundation: [['公益基金会', 'Public Benefit Foundation'], ['慈善基金会', 'Charity Foundation'], ['社区发展基金会', 'Community Development Foundation']],
  community_org: [['互助会', 'Mutual Aid Group'], ['睦邻服务队', 'Neighbourly Service Team'], ['文体队', 'Arts and Sports Team'], ['议事会', 'Residents’ Council']],
};

type FieldCode = (typeof v.FIELDS.codes)[number];
type ModeCode = (typeof v.MODES.codes)[number];

export const FIELD_WORDS: Record<FieldCode, { services: readonly Word[]; targets: readonly string[] }> = {
  elderly: {
    services: [['居家养老上门服务', 'home care visits for older people'], ['老年食堂助餐', 'community canteen meals for older people'], ['独居老人关爱巡访', 'visits to older people living alone'], ['认知症友好社区建设', 'dementia-friendly community'], ['智慧养老呼叫服务', 'smart elderly-care call service'], ['老年人能力评估', 'care-needs assessment for older people']],
    targets: ['高龄独居老人', '失能半失能老人', '空巢老人', '困难老人'],
  },
  community: {
    services: [['邻里议事协商', 'neighbourhood deliberation'], ['小区自治能力提升', 'residents’ self-governance capacity'], ['社区社会组织孵化', 'incubation of community organizations'], ['老旧小区加装电梯协商', 'lift installation consultation in old estates'], ['网格化社区服务', 'grid-based community service'], ['垃圾分类共治', 'joint waste-sorting governance']],
    targets: ['小区居民', '楼道长和居民代表', '社区社会组织'],
  },
  youth: {
    services: [['青少年课后托管', 'after-school care for children'], ['困境儿童关爱', 'care for children in difficulty'], ['青少年心理健康辅导', 'youth mental health support'], ['四点半课堂', 'after-school classroom'], ['暑期青少年成长营', 'summer youth camp'], ['留守儿童陪伴', 'companionship for left-behind children']],
    targets: ['困境儿童', '中小学生', '留守儿童', '外来务工人员子女'],
  },
  environment: {
    services: [['河道守护志愿', 'river guardian volunteering'], ['垃圾分类宣传督导', 'waste-sorting outreach'], ['社区花园营造', 'community garden building'], ['低碳家庭行动', 'low-carbon household action'], ['湿地生态科普', 'wetland ecology education']],
    targets: ['社区居民', '中小学生', '环保志愿者'],
  },
  disability: {
    services: [['残疾人居家康复', 'home rehabilitation for people with disabilities'], ['心智障碍者日间照料', 'day care for people with intellectual disabilities'], ['残疾人辅助就业', 'supported employment for people with disabilities'], ['无障碍环境评估', 'accessibility assessment'], ['残疾儿童融合教育支持', 'inclusive education support for disabled children']],
    targets: ['持证残疾人', '心智障碍者', '残疾儿童家庭'],
  },
  social_assistance: {
    services: [['困难群众精准帮扶', 'targeted support for households in hardship'], ['低保家庭社工服务', 'social work for minimum-income households'], ['临时救助个案管理', 'case management for emergency assistance'], ['物质加服务救助', 'in-kind and service assistance'], ['流浪乞讨人员救助', 'assistance for homeless people']],
    targets: ['低保和低边家庭', '特困人员', '临时遇困群众'],
  },
  culture_sports: {
    services: [['社区文化艺术节', 'community arts festival'], ['全民健身指导', 'fitness guidance for all'], ['非遗传承进社区', 'intangible heritage in the community'], ['社区阅读推广', 'community reading promotion'], ['乡村文艺展演', 'village arts performances']],
    targets: ['社区居民', '文体团队', '老年人'],
  },
  health: {
    services: [['家庭医生签约服务延伸', 'extended family-doctor service'], ['慢性病自我管理', 'chronic disease self-management'], ['社区心理健康服务', 'community mental health service'], ['老年人健康随访', 'health follow-up for older people'], ['健康生活方式推广', 'healthy lifestyle promotion']],
    targets: ['慢性病患者', '社区居民', '老年人'],
  },
  other: {
    services: [['社区应急能力提升', 'community emergency preparedness'], ['志愿服务站点运营', 'volunteer station operation'], ['新就业群体关爱', 'support for new-economy workers'], ['法律援助进社区', 'legal aid in the community']],
    targets: ['社区居民', '新就业群体', '志愿者'],
  },
};

const MODE_SUFFIX: Record<ModeCode, Word> = {
  purchase: ['服务项目', 'service'],
  project: ['合作项目', 'cooperation project'],
  cogovernance: ['共建共治项目', 'co-governance project'],
  venture: ['公益创投项目', 'venture philanthropy project'],
  grant: ['资助项目', 'grant'],
};

/** [task, requirements, acceptance criteria, responsible party] */
export const TASK_TEMPLATES: readonly (readonly [string, string, string, 'government' | 'organization' | 'joint'])[] = [
  ['制定项目实施方案', '结合需求调研制定方案，报政府方审核', '方案经政府方书面确认', 'organization'],
  ['建立服务对象档案', '一人一档，信息及时更新，妥善保管个人信息', '档案完整率达到 100%', 'organization'],
  ['提供服务场地', '落实活动场地并保障水电和安全', '场地按期交付使用', 'government'],
  ['开展需求调研', '入户或问卷调研，覆盖服务对象不少于 200 户', '形成调研报告并经双方确认', 'organization'],
  ['组织志愿者培训', '每季度至少开展 1 次', '培训签到表、课件和照片齐全', 'organization'],
  ['按期拨付项目资金', '按合同约定分期拨付', '拨付凭证齐全、按时到账', 'government'],
  ['联合开展中期检查', '双方共同组织，邀请居民代表参加', '形成中期检查意见并公示', 'joint'],
  ['公开项目进展信息', '每季度在社区公示栏和网站公开进展和资金使用', '公开记录留存可查', 'joint'],
  ['提交结项报告和财务决算', '服务期满后 30 日内提交', '报告通过政府方验收', 'organization'],
];

const FINDINGS: Record<'excellent' | 'good' | 'pass' | 'fail', readonly string[]> = {
  excellent: ['服务规范，档案完整，居民评价高', '目标全部达成，资金使用规范，经验值得推广'],
  good: ['基本完成合同目标，个别活动记录不够完整', '服务成效较好，建议加强志愿者队伍建设'],
  pass: ['完成主要服务指标，但服务深度不足，需整改台账管理', '部分指标未达预期，建议优化服务流程'],
  fail: ['服务人次与台账不符，资金使用凭证缺失，须限期整改', '未完成合同约定的主要服务指标'],
};

const SCORE_RANGE: Record<'excellent' | 'good' | 'pass' | 'fail', readonly [number, number]> = {
  excellent: [900, 990],
  good: [800, 899],
  pass: [620, 799],
  fail: [400, 590],
};

/** A score in tenths, as "85.5" (no floating-point formatting surprises). */
export const scoreText = (tenths: number): string => (tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`);

const MEETING_TOPIC = { consultation: '居民座谈会', hearing: '方案听证会', review: '中期评审会', briefing: '进展通报会' } as const;

const BUDGET_ORDER = ['personnel', 'activities', 'materials', 'admin'] as const;
const BUDGET_ITEMS: Record<(typeof v.BUDGET_CATEGORIES.codes)[number], string> = {
  personnel: '项目社工及专职人员薪酬',
  activities: '服务及活动开展',
  materials: '服务物资和宣传品',
  training: '培训与专业督导',
  admin: '项目管理及财务审计',
  evaluation: '第三方评估',
  other: '其他支出',
};

const PROVINCES: readonly (readonly [string, string])[] = [
  ['33', '0571'], ['32', '025'], ['44', '020'], ['51', '028'], ['42', '027'], ['37', '0531'], ['35', '0591'], ['43', '0731'],
];

// ───────────────────────────── the generator ─────────────────────────────

export interface SyntheticOptions {
  count: number;
  seed: number;
}

export interface SyntheticSummary {
  partnerships: number;
  organizations: number;
  governments: number;
  social: number;
  evaluators: number;
}

interface District {
  name: string;
  en: string;
  region: string;
  area: string;
  streets: { name: string; en: string; township: boolean }[];
  orgs: number[];
}

interface Gov {
  id: string;
  district: number;
  /** Index of its street in the district, or -1 for a district department. */
  street: number;
}

interface SocialOrg {
  id: string;
  subtype: 'social_group' | 'social_service' | 'foundation' | 'community_org';
}

/** "Today" for statuses: nothing in the data is later than this. */
export const TODAY = dayOf('2025-12-31');

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Generates a complete set of input tables into `out`. Deterministic for `{count, seed}`. */
export function generateSynthetic({ count, seed }: SyntheticOptions, out: CsvTables): SyntheticSummary {
  const rng = new Rng(seed * 2654435761 + 1);
  const govCount = Math.max(5, Math.round(count / 100));
  const districtCount = Math.max(1, Math.ceil(govCount / 5));
  const socialCount = Math.max(5, Math.round(count / 3));
  const evaluatorCount = Math.max(3, Math.round(count / 1000));
  if (districtCount > DISTRICT_FIRST.length * DISTRICT_SECOND.length) throw new RangeError('count too large for the district name list');

  let serial = 0;
  const uscc = (prefix2: string, region: string) => completeUscc(`${prefix2}${region}M${prefix2[0] === '1' ? 'B' : 'J'}${String(++serial).padStart(7, '0')}`);

  // Districts: names from shuffled pairs of characters, one region code each.
  const namePairs: [Word, Word][] = [];
  for (const a of DISTRICT_FIRST) for (const b of DISTRICT_SECOND) namePairs.push([a, b]);
  const districts: District[] = [];
  for (let k = 0; k < districtCount; k++) {
    const [a, b] = namePairs.splice(rng.int(0, namePairs.length - 1), 1)[0] as [Word, Word];
    const [prov, area] = PROVINCES[k % PROVINCES.length] as readonly [string, string];
    const region = `${prov}${String(1 + (Math.floor(k / PROVINCES.length) % 9)).padStart(2, '0')}${String(2 + Math.floor(k / (PROVINCES.length * 9))).padStart(2, '0')}`;
    districts.push({ name: `${a[0]}${b[0]}区`, en: `${a[1]}${b[1]} District`, region, area, streets: [], orgs: [] });
  }

  const phone = (d: District) => `${d.area}-8${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  const regDay = () => dayOf('2005-01-01') + rng.int(0, 18 * 365);

  // Governments: each district has its civil affairs bureau, the rest are street offices and townships.
  const governments: Gov[] = [];
  for (let g = 0; g < govCount; g++) {
    const k = g % districtCount;
    const d = districts[k] as District;
    if (g < districtCount) {
      const id = uscc('11', d.region);
      governments.push({ id, district: k, street: -1 });
      out.row('organizations', {
        id, uscc: id, name: `${d.name}民政局`, name_en: `${d.en} Civil Affairs Bureau`, kind: zh(v.ORGANIZATION_KINDS, 'government'),
        subtype: zh(v.ORGANIZATION_SUBTYPES, 'district_bureau'), district: d.name, phone: phone(d),
        website: `https://mz.example.gov.cn/${d.region}/`, description: `${d.name}主管社会组织登记和政府购买服务的部门`,
      });
      continue;
    }
    let street: { name: string; en: string; township: boolean };
    do {
      const a = rng.pick(STREET_FIRST);
      const b = rng.pick(STREET_SECOND);
      const township = rng.chance(0.3);
      street = { name: `${a[0]}${b[0]}${township ? '镇' : '街道'}`, en: `${a[1]}${b[1]} ${township ? 'Town' : 'Street'}`, township };
    } while (d.streets.some((s) => s.name.slice(0, 2) === street.name.slice(0, 2)));
    d.streets.push(street);
    const id = uscc('11', d.region);
    governments.push({ id, district: k, street: d.streets.length - 1 });
    out.row('organizations', {
      id, uscc: id,
      name: street.township ? `${d.name}${street.name}人民政府` : `${d.name}${street.name}办事处`,
      name_en: street.township ? `${street.en} Government, ${d.en}` : `${street.en} Office, ${d.en}`,
      kind: zh(v.ORGANIZATION_KINDS, 'government'),
      subtype: zh(v.ORGANIZATION_SUBTYPES, street.township ? 'township' : 'street_office'),
      district: `${d.name}${street.name}`, phone: phone(d),
    });
  }
  for (const d of districts) {
    if (d.streets.length === 0) d.streets.push({ name: '城关街道', en: 'Chengguan Street', township: false });
  }

  // Social organizations, spread over districts; unique names within a district.
  const socials: SocialOrg[] = [];
  const usedNames = new Set<string>();
  const subtypes = ['social_service', 'social_group', 'foundation', 'community_org'] as const;
  for (let s = 0; s < socialCount; s++) {
    const k = rng.int(0, districtCount - 1);
    const d = districts[k] as District;
    const subtype = rng.weighted(subtypes, [55, 20, 7, 18]);
    const street = rng.pick(d.streets);
    let name = '';
    let en = '';
    for (let attempt = 0; ; attempt++) {
      const core = rng.pick(ORG_CORE);
      const suffix = rng.pick(SUFFIXES[subtype]);
      const place = subtype === 'community_org' ? { zh: `${d.name}${street.name}`, en: `${street.en}, ${d.en}` } : { zh: d.name, en: d.en };
      const number = attempt >= 8 ? `第${attempt - 7}` : '';
      name = `${place.zh}${core[0]}${suffix[0]}${number}`;
      en = subtype === 'community_org' ? `${core[1]} ${suffix[1]}${number ? ` No. ${attempt - 7}` : ''}, ${place.en}` : `${place.en} ${core[1]} ${suffix[1]}${number ? ` No. ${attempt - 7}` : ''}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    const prefix = subtype === 'social_group' || subtype === 'community_org' ? '51' : subtype === 'foundation' ? '53' : '52';
    const id = uscc(prefix, d.region);
    socials.push({ id, subtype });
    d.orgs.push(socials.length - 1);
    out.row('organizations', {
      id, uscc: id, name, name_en: en, kind: zh(v.ORGANIZATION_KINDS, 'social'), subtype: zh(v.ORGANIZATION_SUBTYPES, subtype),
      district: `${d.name}${street.name}`, registered_on: isoOf(regDay()), registrar: `${d.name}民政局`, phone: phone(d),
      email: rng.chance(0.4) ? `office${serial}@example.org` : null,
    });
  }
  for (const d of districts) if (d.orgs.length === 0) d.orgs.push(rng.int(0, socials.length - 1));

  const evaluators: string[] = [];
  for (let e = 0; e < evaluatorCount; e++) {
    const d = rng.pick(districts);
    const core = ORG_CORE[e % ORG_CORE.length] as Word;
    const round = Math.floor(e / ORG_CORE.length);
    const university = e % 5 === 4;
    const id = uscc(university ? '12' : '52', d.region);
    evaluators.push(id);
    out.row('organizations', {
      id, uscc: id,
      name: university ? `${d.name}${core[0]}学院社会治理研究中心${round ? `第${round}分中心` : ''}` : `${d.name}${core[0]}社会组织评估中心${round ? `第${round}分中心` : ''}`,
      name_en: university ? `${d.en} ${core[1]} College Social Governance Research Centre${round ? ` No. ${round}` : ''}` : `${d.en} ${core[1]} Social Organization Evaluation Centre${round ? ` No. ${round}` : ''}`,
      kind: zh(v.ORGANIZATION_KINDS, 'evaluator'), subtype: zh(v.ORGANIZATION_SUBTYPES, university ? 'university' : 'evaluation_firm'),
      district: d.name, registered_on: isoOf(regDay()), phone: phone(d),
    });
  }

  const firstDay = dayOf('2021-01-01');
  const modes = v.MODES.codes;
  const fields = v.FIELDS.codes;
  const fieldWeights = fields.map((f) => (f === 'elderly' ? 5 : f === 'community' ? 4 : f === 'other' ? 1 : 2.5));

  for (let i = 0; i < count; i++) {
    const gov = rng.pick(governments);
    const d = districts[gov.district] as District;
    const street = gov.street >= 0 ? (d.streets[gov.street] as District['streets'][number]) : rng.pick(d.streets);
    const mode = rng.weighted(modes, [50, 15, 10, 12, 13]);
    const field = rng.weighted(fields, fieldWeights);
    const words = FIELD_WORDS[field];
    const service = rng.pick(words.services);
    const target = rng.pick(words.targets);
    const procurement =
      mode === 'purchase' ? rng.weighted(['open_tender', 'invited_tender', 'competitive_consultation', 'competitive_negotiation', 'inquiry', 'single_source'] as const, [30, 5, 35, 8, 12, 10])
      : mode === 'venture' ? 'competition'
      : mode === 'grant' ? rng.weighted(['direct', 'not_applicable'] as const, [3, 1])
      : mode === 'cogovernance' ? rng.weighted(['single_source', 'direct', 'not_applicable'] as const, [1, 2, 2])
      : rng.weighted(['competitive_consultation', 'single_source', 'direct'] as const, [3, 1, 2]);
    const funding = mode === 'venture' ? rng.weighted(['lottery', 'fiscal', 'mixed'] as const, [5, 3, 2]) : rng.weighted(v.FUNDING_SOURCES.codes, [80, 8, 4, 6, 2]);
    const [minYuan, maxYuan] = mode === 'purchase' ? [50_000, 1_500_000] : mode === 'venture' ? [20_000, 100_000] : mode === 'grant' ? [20_000, 300_000] : [30_000, 600_000];
    const value = Math.round(rng.int(minYuan, maxYuan) / 100) * 10_000 + (rng.chance(0.1) ? rng.int(1, 99) * 100 : 0);

    // Timing and status, consistent with "today".
    let signed: number | null = firstDay + rng.int(0, TODAY - firstDay - 5);
    let start = signed + rng.int(3, 30);
    let end = start + rng.int(180, 365);
    let status: (typeof v.STATUSES.codes)[number];
    if (signed > TODAY - 90 && rng.chance(0.5)) {
      status = rng.weighted(['applied', 'approved', 'contracted'] as const, [1, 1, 2]);
      if (status !== 'contracted') signed = null;
      start = Math.min(start, TODAY);
      end = start + 365;
    } else if (start > TODAY) {
      status = 'contracted';
      start = TODAY;
      end = start + 365;
    } else if (end >= TODAY) {
      status = 'in_progress';
    } else if (TODAY - end < 60) {
      status = rng.chance(0.6) ? 'evaluating' : 'completed';
    } else {
      status = rng.chance(0.04) ? 'terminated' : 'completed';
      if (status === 'terminated') end = start + rng.int(60, end - start);
    }
    const applied = (signed ?? TODAY) - rng.int(20, 60);
    const year = Number(isoOf(signed ?? start).slice(0, 4));
    const id = `S${year}-${String(i + 1).padStart(6, '0')}`;
    const suffix = MODE_SUFFIX[mode];
    const suffixZh = service[0].endsWith('服务') && suffix[0].startsWith('服务') ? '项目' : suffix[0];
    const title = `${street.name}${year}年度${service[0]}${suffixZh}`;
    const titleEn = `${street.en}: ${capitalize(service[1])} ${suffix[1]} ${year}`;
    const updated = Math.min(TODAY, Math.max(signed ?? applied, status === 'completed' || status === 'terminated' ? end + 45 : start));

    out.row('partnerships', {
      id, title, title_en: titleEn,
      summary: `面向${d.name}${street.name}的${target}，开展${service[0]}，由社会组织专业团队提供服务，政府方全过程监督。`,
      mode: zh(v.MODES, mode), field: zh(v.FIELDS, field), government_id: gov.id, district: `${d.name}${street.name}`,
      procurement_method: zh(v.PROCUREMENT_METHODS, procurement), funding_source: zh(v.FUNDING_SOURCES, funding), contract_value: yuan(value),
      status: zh(v.STATUSES, status), applied_on: isoOf(applied), signed_on: signed === null ? null : isoOf(signed),
      published_on: signed === null ? null : isoOf(signed + rng.int(1, 15)), start_date: isoOf(start), end_date: isoOf(end),
      beneficiaries: rng.int(30, 5000), beneficiary_group: target, updated_on: isoOf(updated),
    });

    // Partners: a lead from the district, sometimes a partner or co-funder.
    const pool = d.orgs;
    const leadIndex = pool[Math.floor(pool.length * rng.next() ** 2)] as number;
    const lead = socials[leadIndex] as SocialOrg;
    out.row('partners', { partnership_id: id, organization_id: lead.id, role: zh(v.PARTNER_ROLES, 'lead') });
    if (rng.chance(0.25)) {
      const other = socials[rng.pick(pool)] as SocialOrg;
      if (other.id !== lead.id) {
        const role = other.subtype === 'foundation' ? 'co_funder' : rng.weighted(['partner', 'supervisor'] as const, [5, 1]);
        const share = role === 'partner' && rng.chance(0.5) ? Math.floor((value * 0.3) / 10_000) * 10_000 : null;
        out.row('partners', { partnership_id: id, organization_id: other.id, role: zh(v.PARTNER_ROLES, role), share: share === null ? null : yuan(share) });
      }
    }

    // Budget lines summing exactly to the contract value.
    const lineCount = rng.int(2, 4);
    const amounts = splitFen(value, Array.from({ length: lineCount }, (_, n) => (n === 0 ? 5 : rng.int(1, 3))));
    amounts.forEach((amount, n) => {
      const category = BUDGET_ORDER[n] ?? 'other';
      out.row('budget_lines', { partnership_id: id, line: n + 1, category: zh(v.BUDGET_CATEGORIES, category), item: BUDGET_ITEMS[category], amount: yuan(amount) });
    });

    // Transactions: instalments after signing; spending never exceeds what was received.
    const executed = status === 'in_progress' || status === 'evaluating' || status === 'completed' || status === 'terminated';
    if (executed && signed !== null) {
      const finished = status !== 'in_progress';
      const instalments = finished && status !== 'terminated' ? rng.int(2, 3) : 1;
      const parts = splitFen(status === 'terminated' ? Math.floor(value / 20_000) * 10_000 : value, instalments === 3 ? [4, 4, 2] : instalments === 2 ? [6, 4] : [1]);
      const toDisburse = status === 'in_progress' ? [Math.floor(value / 20_000) * 10_000] : parts;
      const span = Math.max(10, Math.min(end, TODAY) - start);
      let disbursed = 0;
      let t = 0;
      toDisburse.forEach((amount, n) => {
        const day = Math.min(TODAY, Math.max(signed as number, start) + Math.floor((span * n) / toDisburse.length) + rng.int(0, 9));
        disbursed += amount;
        out.row('transactions', { id: `${id}-T${++t}`, partnership_id: id, date: isoOf(day), kind: zh(v.TRANSACTION_KINDS, 'disbursement'), amount: yuan(amount), description: `第${n + 1}期拨付` });
      });
      const spendTotal = finished ? disbursed - (rng.chance(0.15) ? Math.floor(disbursed / 50_000) * 100 : 0) : Math.floor(disbursed / 20_000) * 10_000;
      const spendParts = splitFen(spendTotal, rng.chance(0.5) ? [1, 1] : [1], 100);
      spendParts.forEach((amount, n) => {
        const day = Math.min(TODAY, Math.max(signed as number, start) + Math.floor((span * (n + 1)) / (spendParts.length + 1)) + 15);
        out.row('transactions', { id: `${id}-T${++t}`, partnership_id: id, date: isoOf(day), kind: zh(v.TRANSACTION_KINDS, 'expenditure'), amount: yuan(amount), description: n === 0 ? '人员及活动支出' : '物资及其他支出' });
      });
      if (finished && spendTotal < disbursed) {
        out.row('transactions', { id: `${id}-T${++t}`, partnership_id: id, date: isoOf(Math.min(TODAY, end + 30)), kind: zh(v.TRANSACTION_KINDS, 'refund'), amount: yuan(disbursed - spendTotal), description: '结余资金退回' });
      }
    }

    // Responsibility list.
    const taskCount = status === 'applied' ? 0 : rng.int(0, 5);
    for (let n = 0; n < taskCount; n++) {
      const [task, requirements, acceptance, responsible] = TASK_TEMPLATES[(n * 2 + i) % TASK_TEMPLATES.length] as (typeof TASK_TEMPLATES)[number];
      const due = start + Math.floor(((end - start) * (n + 1)) / (taskCount + 1));
      const taskStatus = status === 'completed' || status === 'evaluating' ? 'done' : status === 'terminated' ? (due < end ? 'done' : 'cancelled') : due < TODAY ? (rng.chance(0.85) ? 'done' : 'overdue') : due - TODAY < 60 ? 'in_progress' : 'not_started';
      out.row('tasks', { partnership_id: id, seq: n + 1, task, responsible: zh(v.RESPONSIBLE_PARTIES, responsible), requirements, acceptance_criteria: acceptance, due_date: isoOf(due), status: zh(v.TASK_STATUSES, taskStatus) });
    }

    // Evaluations (0–3) for partnerships that have run.
    const evaluationRows: { kind: 'third_party' | 'spot_check' | 'self' | 'survey'; day: number }[] = [];
    if (status === 'completed') {
      if (rng.chance(0.92)) evaluationRows.push({ kind: rng.chance(0.8) ? 'third_party' : 'spot_check', day: end + rng.int(10, 40) });
      if (rng.chance(0.4)) evaluationRows.push({ kind: 'survey', day: end + rng.int(5, 20) });
      if (rng.chance(0.3)) evaluationRows.push({ kind: 'self', day: end + rng.int(1, 9) });
    } else if (status === 'evaluating') {
      evaluationRows.push({ kind: 'self', day: end + rng.int(1, 9) });
    } else if (status === 'in_progress' && rng.chance(0.2)) {
      evaluationRows.push({ kind: 'spot_check', day: start + Math.floor((Math.min(TODAY, end) - start) / 2) });
    }
    evaluationRows.forEach((e, n) => {
      const day = Math.min(TODAY, e.day);
      const evalId = `${id}-E${n + 1}`;
      if (e.kind === 'survey') {
        out.row('evaluations', { id: evalId, partnership_id: id, evaluator_id: rng.pick(evaluators), kind: zh(v.EVALUATION_KINDS, 'survey'), date: isoOf(day), score: scoreText(rng.int(780, 990)), findings: '居民对服务总体满意', sample_size: rng.int(50, 400) });
        return;
      }
      const grade = rng.weighted(['excellent', 'good', 'pass', 'fail'] as const, [25, 45, 25, 5]);
      const [lo, hi] = SCORE_RANGE[grade];
      const evaluator = e.kind === 'third_party' ? rng.pick(evaluators) : e.kind === 'spot_check' ? gov.id : lead.id;
      out.row('evaluations', {
        id: evalId, partnership_id: id, evaluator_id: evaluator, kind: zh(v.EVALUATION_KINDS, e.kind), date: isoOf(day), score: scoreText(rng.int(lo, hi)),
        grade: zh(v.GRADES, grade), findings: rng.pick(FINDINGS[grade]), report_url: e.kind === 'third_party' ? `https://example.org/reports/${id}-${n + 1}.pdf` : null,
      });
    });

    // Lifecycle events.
    const stage = (code: (typeof v.STAGES.codes)[number], day: number, description: string) =>
      out.row('events', { partnership_id: id, stage: zh(v.STAGES, code), date: isoOf(Math.min(TODAY, day)), description });
    stage('application', applied, '提交项目申报书');
    if (status !== 'applied') stage('approval', (signed ?? applied + 20) - Math.min(10, Math.floor(((signed ?? applied + 20) - applied) / 2)), '通过立项评审');
    if (signed !== null) stage('contract', signed, '签订合同');
    if (executed) stage('implementation', start, '项目启动实施');
    if (status === 'evaluating' || (status === 'completed' && evaluationRows.length > 0)) stage('evaluation', end + 1, '进入结项评估');
    if (status === 'completed') stage('closure', Math.min(TODAY, end + 45), '通过结项验收');
    if (status === 'terminated') stage('termination', end, '经双方协商终止合同');

    // Documents and meetings.
    if (signed !== null && rng.chance(0.6)) out.row('documents', { partnership_id: id, kind: zh(v.DOCUMENT_KINDS, 'contract'), title: `${title}合同`, url: `https://example.gov.cn/contracts/${id}.pdf`, date: isoOf(signed) });
    if (signed !== null && rng.chance(0.4)) out.row('documents', { partnership_id: id, kind: zh(v.DOCUMENT_KINDS, 'notice'), title: `${title}成交公告`, url: `https://example.gov.cn/notices/${id}.html`, date: isoOf(signed) });
    if (executed && rng.chance(0.15)) {
      const kind = rng.weighted(['consultation', 'hearing', 'review', 'briefing'] as const, [6, 1, 2, 1]);
      out.row('meetings', {
        id: `${id}-M1`, partnership_id: id, kind: zh(v.MEETING_KINDS, kind), date: isoOf(Math.min(TODAY, start + 20)), title: `${service[0]}${MEETING_TOPIC[kind]}`,
        participants: rng.int(8, 80), summary: '听取居民和服务对象意见，明确服务重点和改进措施。', minutes_url: `https://example.org/minutes/${id}.pdf`,
      });
    }
  }

  return { partnerships: count, organizations: governments.length + socials.length + evaluators.length, governments: governments.length, social: socials.length, evaluators: evaluators.length };
}

/**
 * Writes a project root: `<dir>/content/portal.yaml` (from the given config text, renamed as
 * synthetic) and `<dir>/content/data/*.csv`.
 */
export function writeSyntheticRoot(dir: string, options: SyntheticOptions, portalYaml: string): SyntheticSummary {
  const content = path.join(dir, 'content');
  mkdirSync(content, { recursive: true });
  const config = YAML.parse(portalYaml) as { site: { name: { zh: string; en: string }; publisher: { zh: string; en: string } }; data: { sources: { table: string; path: string }[] } };
  config.site.name = { zh: `合成数据（${options.count} 个项目，种子 ${options.seed}）`, en: `Synthetic data (${options.count} partnerships, seed ${options.seed})` };
  config.site.publisher = { zh: '合成测试数据，均为虚构', en: 'Synthetic test data, entirely fictional' };
  config.data.sources = TABLES.map((t) => ({ table: t.name, path: `data/${t.name}.csv` }));
  writeFileSync(path.join(content, 'portal.yaml'), YAML.stringify(config));
  const sink = new FileSink(path.join(content, 'data'));
  try {
    return generateSynthetic(options, new CsvTables(sink));
  } finally {
    sink.close();
  }
}

/** Reads a portal.yaml to adapt (the repository's own by default). */
export function readPortalYaml(file: string): string {
  return readFileSync(file, 'utf8');
}
