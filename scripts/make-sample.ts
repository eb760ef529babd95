/**
 * Writes the fictional sample (清河区) into content/data/*.csv: `node scripts/make-sample.ts`.
 * Organizations and partnerships are written out by hand below; their children (budget lines,
 * instalments, tasks, events, documents) follow fixed rules with a seeded PRNG, so the output is
 * byte-identical on every run. A few partnerships deliberately raise integrity signals; see `flag`.
 */
import path from 'node:path';
import * as v from '../src/lib/schema/vocabularies.ts';
import { completeUscc } from '../src/lib/values/uscc.ts';
import { CsvTables, FileSink, Rng, TASK_TEMPLATES, dayOf, isoOf, scoreText, splitFen, yuan, zh, type Cells } from './lib/synthetic.ts';

const REGION = '330199'; // a fictional county code in the 3301 (Hangzhou-style) range
const TODAY = dayOf('2025-12-31');
const rng = new Rng(20251231);

// ───────────────────────────── organizations ─────────────────────────────

type OrgKey = `G${number}` | `E${number}` | `S${number}`;
interface OrgSpec {
  key: OrgKey;
  prefix: '11' | '12' | '51' | '52' | '53';
  name: string;
  en: string;
  kind: 'government' | 'social' | 'evaluator';
  subtype: (typeof v.ORGANIZATION_SUBTYPES.codes)[number];
  district: string;
  registered?: string;
  address: string;
  website?: string;
  description: string;
}

const ORGS: OrgSpec[] = [
  { key: 'G1', prefix: '11', name: '清河区民政局', en: 'Qinghe District Civil Affairs Bureau', kind: 'government', subtype: 'district_bureau', district: '清河区', address: '清河区清河大道 100 号', website: 'https://mz.qinghe.example.gov.cn', description: '负责全区社会组织登记管理、政府购买服务和公益创投的统筹，本平台的发布单位。' },
  { key: 'G2', prefix: '11', name: '清河区卫生健康局', en: 'Qinghe District Health Bureau', kind: 'government', subtype: 'district_bureau', district: '清河区', address: '清河区清河大道 102 号', website: 'https://wsj.qinghe.example.gov.cn', description: '负责全区卫生健康工作，向社会组织购买健康促进和心理健康服务。' },
  { key: 'G3', prefix: '11', name: '清河区文化和广电旅游体育局', en: 'Qinghe District Bureau of Culture, Tourism and Sports', kind: 'government', subtype: 'district_bureau', district: '清河区', address: '清河区文澜路 8 号', website: 'https://wgl.qinghe.example.gov.cn', description: '负责全区公共文化和全民健身，向社会组织购买文体服务。' },
  { key: 'G4', prefix: '11', name: '清河区东湖街道办事处', en: 'Donghu Street Office', kind: 'government', subtype: 'street_office', district: '东湖街道', address: '清河区东湖街道湖滨路 21 号', website: 'https://donghu.qinghe.example.gov.cn', description: '东湖街道是老城区，老年人口比例高，养老服务需求大。' },
  { key: 'G5', prefix: '11', name: '清河区西园街道办事处', en: 'Xiyuan Street Office', kind: 'government', subtype: 'street_office', district: '西园街道', address: '清河区西园街道园林路 66 号', website: 'https://xiyuan.qinghe.example.gov.cn', description: '西园街道老旧小区多，外来务工家庭多，重视社区协商和青少年服务。' },
  { key: 'G6', prefix: '11', name: '清河区柳溪镇人民政府', en: 'Liuxi Town Government', kind: 'government', subtype: 'township', district: '柳溪镇', address: '清河区柳溪镇溪口街 1 号', website: 'https://liuxi.qinghe.example.gov.cn', description: '柳溪镇是城郊镇，辖 9 个行政村，留守儿童和空巢老人较多。' },

  { key: 'E1', prefix: '52', name: '清河区明鉴社会组织评估中心', en: 'Qinghe Mingjian Social Organization Evaluation Centre', kind: 'evaluator', subtype: 'evaluation_firm', district: '东湖街道', registered: '2014-03-01', address: '清河区东湖街道明湖路 12 号', website: 'https://mingjian.example.org', description: '专业第三方评估机构，承接政府购买服务项目的中期和结项评估。' },
  { key: 'E2', prefix: '52', name: '清河区衡平社会工作评估事务所', en: 'Qinghe Hengping Social Work Evaluation Office', kind: 'evaluator', subtype: 'evaluation_firm', district: '西园街道', registered: '2017-09-15', address: '清河区西园街道衡山路 5 号', description: '由资深社工和财务人员组成的第三方评估机构。' },
  { key: 'E3', prefix: '12', name: '清河学院社会治理研究中心', en: 'Qinghe College Centre for Social Governance Research', kind: 'evaluator', subtype: 'university', district: '柳溪镇', registered: '2011-06-30', address: '清河区柳溪镇学院路 1 号', website: 'https://sgrc.qinghe-college.example.org', description: '高校研究机构，开展社会组织评估和社区治理研究。' },

  { key: 'S1', prefix: '52', name: '清河区乐龄社会工作服务中心', en: 'Qinghe Leling Social Work Service Centre', kind: 'social', subtype: 'social_service', district: '东湖街道', registered: '2012-05-12', address: '清河区东湖街道湖滨路 88 号', website: 'https://leling.example.org', description: '专注居家养老和认知症照护的社会服务机构，全区规模最大的养老服务社会组织之一。' },
  { key: 'S2', prefix: '52', name: '清河区阳光助残服务中心', en: 'Qinghe Sunshine Disability Support Centre', kind: 'social', subtype: 'social_service', district: '西园街道', registered: '2013-08-20', address: '清河区西园街道园林路 12 号', description: '为残疾人提供康复、日间照料和辅助就业服务。' },
  { key: 'S3', prefix: '52', name: '清河区青苗青少年发展中心', en: 'Qinghe Seedling Youth Development Centre', kind: 'social', subtype: 'social_service', district: '西园街道', registered: '2015-04-08', address: '清河区西园街道学府路 3 号', website: 'https://qingmiao.example.org', description: '为困境儿童、留守儿童和青少年提供陪伴、托管和心理支持。' },
  { key: 'S4', prefix: '52', name: '清河区绿源环保公益服务中心', en: 'Qinghe Green Source Environmental Service Centre', kind: 'social', subtype: 'social_service', district: '柳溪镇', registered: '2016-06-05', address: '清河区柳溪镇溪口街 18 号', description: '开展河道守护、垃圾分类和生态科普。' },
  { key: 'S5', prefix: '52', name: '清河区邻里守望社区发展中心', en: 'Qinghe Neighbourhood Watch Community Development Centre', kind: 'social', subtype: 'social_service', district: '西园街道', registered: '2017-11-11', address: '清河区西园街道园林路 40 号', description: '协助街道和社区开展居民议事协商和社区营造。' },
  { key: 'S6', prefix: '52', name: '清河区安康健康促进中心', en: 'Qinghe Ankang Health Promotion Centre', kind: 'social', subtype: 'social_service', district: '东湖街道', registered: '2014-02-17', address: '清河区东湖街道健康路 6 号', description: '开展慢性病管理、健康教育和老年人能力评估。' },
  { key: 'S7', prefix: '52', name: '清河区同心社会救助服务社', en: 'Qinghe Tongxin Social Assistance Service Agency', kind: 'social', subtype: 'social_service', district: '东湖街道', registered: '2015-09-01', address: '清河区东湖街道同心巷 2 号', description: '为低保、低边和特困家庭提供个案管理和“物质+服务”救助。' },
  { key: 'S8', prefix: '52', name: '柳溪镇乡村振兴社会工作服务站', en: 'Liuxi Rural Revitalisation Social Work Station', kind: 'social', subtype: 'social_service', district: '柳溪镇', registered: '2023-06-18', address: '清河区柳溪镇溪口街 30 号', description: '2023 年新成立的镇级社工站，扎根行政村开展乡村社会工作。' },
  { key: 'S9', prefix: '51', name: '清河区社会工作者协会', en: 'Qinghe Association of Social Workers', kind: 'social', subtype: 'social_group', district: '东湖街道', registered: '2010-10-10', address: '清河区东湖街道明湖路 20 号', website: 'https://swa.qinghe.example.org', description: '全区社会工作者的行业协会，开展培训、督导和社会组织孵化。' },
  { key: 'S10', prefix: '51', name: '清河区志愿者协会', en: 'Qinghe Volunteers Association', kind: 'social', subtype: 'social_group', district: '西园街道', registered: '2009-12-05', address: '清河区西园街道园林路 1 号', description: '组织和培训志愿者，运营时间银行和志愿服务站点。' },
  { key: 'S11', prefix: '51', name: '清河区老年体育协会', en: 'Qinghe Senior Sports Association', kind: 'social', subtype: 'social_group', district: '柳溪镇', registered: '2011-03-21', address: '清河区柳溪镇体育路 9 号', description: '组织老年人健身团队和全民健身指导。' },
  { key: 'S12', prefix: '51', name: '清河区文化艺术促进会', en: 'Qinghe Arts and Culture Promotion Association', kind: 'social', subtype: 'social_group', district: '东湖街道', registered: '2012-07-07', address: '清河区东湖街道文澜路 15 号', description: '推动社区文化艺术活动和非物质文化遗产传承。' },
  { key: 'S13', prefix: '53', name: '清河区社区发展基金会', en: 'Qinghe Community Development Foundation', kind: 'social', subtype: 'foundation', district: '东湖街道', registered: '2016-01-20', address: '清河区东湖街道湖滨路 50 号', website: 'https://cdf.qinghe.example.org', description: '地方性公募基金会，设立社区微基金，联合政府资助社区项目。' },
  { key: 'S14', prefix: '53', name: '清河区青禾教育基金会', en: 'Qinghe Green Grain Education Foundation', kind: 'social', subtype: 'foundation', district: '西园街道', registered: '2018-05-30', address: '清河区西园街道学府路 20 号', description: '资助儿童和青少年教育项目的非公募基金会。' },
  { key: 'S15', prefix: '51', name: '东湖街道银龄互助会', en: 'Donghu Silver Age Mutual Aid Group', kind: 'social', subtype: 'community_org', district: '东湖街道', registered: '2019-04-16', address: '清河区东湖街道湖滨社区服务中心', description: '由低龄老人组成的社区社会组织，开展结对互助和邻里议事。' },
  { key: 'S16', prefix: '51', name: '西园街道邻里议事会', en: 'Xiyuan Neighbourhood Council', kind: 'social', subtype: 'community_org', district: '西园街道', registered: '2020-08-08', address: '清河区西园街道园林社区服务中心', description: '居民自发成立、在街道备案登记的议事协商组织。' },
  { key: 'S17', prefix: '51', name: '柳溪镇文体团队联合会', en: 'Liuxi Arts and Sports Teams Federation', kind: 'social', subtype: 'community_org', district: '柳溪镇', registered: '2018-10-01', address: '清河区柳溪镇文化站', description: '联合全镇 20 余支村级文体队伍，组织村晚和全民健身活动。' },
];

// USCC: prefix + region + a 9-character organization code; the check character is computed.
const orgId = new Map<OrgKey, string>();
ORGS.forEach((o, n) => orgId.set(o.key, completeUscc(`${o.prefix}${REGION}${o.prefix[0] === '1' ? 'MB' : 'MJ'}${String(1201 + n * 37).padStart(7, '0')}`)));
const id = (key: OrgKey): string => orgId.get(key) as string;

// ───────────────────────────── partnerships ─────────────────────────────

type Mode = (typeof v.MODES.codes)[number];
type Field = (typeof v.FIELDS.codes)[number];
type Proc = (typeof v.PROCUREMENT_METHODS.codes)[number];
type Fund = (typeof v.FUNDING_SOURCES.codes)[number];
type Status = (typeof v.STATUSES.codes)[number];
/** [kind, evaluator (third-party only), score]; survey: ['sv', satisfaction %, sample size]. */
type Ev = ['tp', OrgKey, number] | ['sc', number] | ['self', number] | ['sv', number, number];
type Flag = 'over_disbursed' | 'no_evaluation' | 'pay_before_signing' | 'late_publication' | 'empty_acceptance' | 'budget_mismatch';

interface P {
  id: string;
  gov: OrgKey;
  district: string;
  title: string;
  en: string;
  summary: string;
  mode: Mode;
  field: Field;
  proc: Proc;
  fund: Fund;
  value: number; // 元
  status: Status;
  /** Signing date; for applied/approved, the application date. */
  signed: string;
  end: string;
  lead: OrgKey;
  others?: { org: OrgKey; role: 'partner' | 'co_funder' | 'supervisor'; share?: number }[];
  ben: number;
  group: string;
  ev?: Ev[];
  meeting?: 'consultation' | 'hearing' | 'review' | 'briefing';
  flag?: Flag;
}

const PARTNERSHIPS: P[] = [
  // ── 2022 ──
  { id: 'QH-2022-001', gov: 'G1', district: '东湖街道', title: '东湖街道居家养老上门服务项目', en: 'Donghu Home Care Visits for Older People', summary: '为东湖街道 80 周岁以上独居、空巢老人提供助洁、助浴、陪医和精神慰藉等上门服务。', mode: 'purchase', field: 'elderly', proc: 'open_tender', fund: 'fiscal', value: 360000, status: 'completed', signed: '2022-02-18', end: '2023-02-28', lead: 'S1', ben: 420, group: '高龄独居和空巢老人', ev: [['tp', 'E1', 92.5], ['sv', 94.2, 186]] },
  { id: 'QH-2022-002', gov: 'G1', district: '西园街道', title: '西园街道困境儿童关爱服务项目', en: 'Xiyuan Care for Children in Difficulty', summary: '为西园街道困境儿童建立成长档案，开展学业辅导、家庭探访和个案跟进。', mode: 'purchase', field: 'youth', proc: 'competitive_consultation', fund: 'fiscal', value: 280000, status: 'completed', signed: '2022-03-10', end: '2023-03-15', lead: 'S3', ben: 95, group: '困境儿童及其家庭', ev: [['tp', 'E2', 86]] },
  { id: 'QH-2022-003', gov: 'G1', district: '全区', title: '清河区社区社会组织孵化培育项目', en: 'Qinghe Incubator for Community-based Organizations', summary: '在全区培育社区社会组织，提供登记备案辅导、能力培训和小额启动资金对接。', mode: 'project', field: 'community', proc: 'competitive_negotiation', fund: 'fiscal', value: 240000, status: 'completed', signed: '2022-04-20', end: '2023-04-30', lead: 'S9', others: [{ org: 'S13', role: 'co_funder' }], ben: 60, group: '社区社会组织骨干', ev: [['tp', 'E3', 84]], meeting: 'briefing' },
  { id: 'QH-2022-004', gov: 'G1', district: '柳溪镇', title: '首届社区公益创投·柳溪河道守护行动', en: 'First Community Venture Fund: Liuxi River Guardians', summary: '招募村民志愿者组成河道守护队，定期巡河、清理垃圾并开展亲水安全宣传。', mode: 'venture', field: 'environment', proc: 'competition', fund: 'lottery', value: 50000, status: 'completed', signed: '2022-05-25', end: '2022-12-31', lead: 'S4', ben: 1500, group: '沿河村民和中小学生', ev: [['tp', 'E1', 76]], meeting: 'review' },
  { id: 'QH-2022-005', gov: 'G3', district: '东湖街道', title: '东湖街道社区文化艺术节', en: 'Donghu Community Arts Festival', summary: '组织社区合唱、书画、戏曲展演等文化艺术节系列活动，展示居民文艺团队风采。', mode: 'purchase', field: 'culture_sports', proc: 'inquiry', fund: 'fiscal', value: 120000, status: 'completed', signed: '2022-04-15', end: '2022-11-30', lead: 'S12', ben: 3200, group: '社区居民', ev: [['tp', 'E2', 83]], flag: 'pay_before_signing' },
  { id: 'QH-2022-006', gov: 'G3', district: '柳溪镇', title: '柳溪镇全民健身指导服务', en: 'Liuxi Fitness Guidance for All', summary: '派驻社会体育指导员到各行政村，教授健身操、太极拳，组织村级健身团队。', mode: 'purchase', field: 'culture_sports', proc: 'competitive_consultation', fund: 'lottery', value: 150000, status: 'completed', signed: '2022-05-10', end: '2023-04-30', lead: 'S11', ben: 900, group: '村民和老年人', ev: [['sc', 72]] },
  { id: 'QH-2022-007', gov: 'G3', district: '西园街道', title: '西园街道社区阅读推广资助', en: 'Xiyuan Community Reading Grant', summary: '资助志愿者在社区书屋开展亲子共读、读书会和流动图书角。', mode: 'grant', field: 'culture_sports', proc: 'direct', fund: 'fiscal', value: 90000, status: 'completed', signed: '2022-06-01', end: '2022-12-31', lead: 'S10', others: [{ org: 'S14', role: 'co_funder' }], ben: 1100, group: '社区家庭和儿童', ev: [['tp', 'E3', 91]] },
  { id: 'QH-2022-008', gov: 'G4', district: '东湖街道', title: '东湖街道老年食堂助餐服务项目', en: 'Donghu Community Canteen for Older People', summary: '运营 2 个社区老年食堂，为 60 周岁以上老人提供平价午餐，为失能老人送餐上门。', mode: 'purchase', field: 'elderly', proc: 'competitive_consultation', fund: 'fiscal', value: 250000, status: 'completed', signed: '2022-03-01', end: '2023-02-28', lead: 'S1', ben: 650, group: '60 周岁以上老人', ev: [['tp', 'E1', 88], ['sv', 91.5, 240]], flag: 'budget_mismatch' },
  { id: 'QH-2022-009', gov: 'G4', district: '东湖街道', title: '东湖街道银龄互助邻里议事项目', en: 'Donghu Silver Age Mutual Help and Neighbourhood Deliberation', summary: '组织低龄老人与高龄老人结对互助，并就社区养老设施建设开展居民议事。', mode: 'cogovernance', field: 'community', proc: 'single_source', fund: 'fiscal', value: 120000, status: 'completed', signed: '2022-04-08', end: '2023-03-31', lead: 'S15', ben: 300, group: '社区老人和居民代表', ev: [['self', 82], ['sc', 85]], meeting: 'consultation' },
  { id: 'QH-2022-010', gov: 'G4', district: '东湖街道', title: '东湖街道困难群众“物质+服务”救助项目', en: 'Donghu In-kind and Service Assistance for Households in Hardship', summary: '在发放救助金物之外，为困难家庭提供个案评估、就业支持和心理疏导。', mode: 'purchase', field: 'social_assistance', proc: 'open_tender', fund: 'fiscal', value: 280000, status: 'completed', signed: '2022-05-16', end: '2023-05-15', lead: 'S7', ben: 210, group: '低保、低边和特困家庭', ev: [['tp', 'E2', 93]] },
  { id: 'QH-2022-011', gov: 'G5', district: '西园街道', title: '西园街道残疾人居家康复服务项目', en: 'Xiyuan Home Rehabilitation for People with Disabilities', summary: '由康复师上门为重度残疾人提供康复训练和辅具适配指导。', mode: 'purchase', field: 'disability', proc: 'open_tender', fund: 'fiscal', value: 320000, status: 'completed', signed: '2022-03-15', end: '2023-03-14', lead: 'S2', ben: 130, group: '持证重度残疾人', ev: [['tp', 'E1', 87], ['sv', 89.6, 112]] },
  { id: 'QH-2022-012', gov: 'G5', district: '西园街道', title: '西园街道老旧小区加装电梯协商项目', en: 'Xiyuan Consultation on Lift Installation in Old Estates', summary: '在 6 个老旧小区组织楼道协商，化解加装电梯中的邻里分歧，形成协商议定书。', mode: 'cogovernance', field: 'community', proc: 'direct', fund: 'fiscal', value: 180000, status: 'completed', signed: '2022-04-28', end: '2023-04-27', lead: 'S16', others: [{ org: 'S5', role: 'partner', share: 60000 }], ben: 860, group: '老旧小区居民', ev: [['tp', 'E3', 81]], meeting: 'hearing' },
  { id: 'QH-2022-013', gov: 'G5', district: '西园街道', title: '西园街道四点半课堂项目', en: 'Xiyuan After-school Classroom', summary: '为双职工和外来务工家庭子女提供放学后看护和作业辅导。因场地改造无法继续，经双方协商提前终止。', mode: 'purchase', field: 'youth', proc: 'inquiry', fund: 'mixed', value: 200000, status: 'terminated', signed: '2022-06-10', end: '2022-10-31', lead: 'S3', ben: 80, group: '小学生', ev: [['sc', 65]] },
  { id: 'QH-2022-014', gov: 'G6', district: '柳溪镇', title: '柳溪镇留守儿童陪伴计划', en: 'Liuxi Companionship for Left-behind Children', summary: '在 5 个行政村设立儿童之家，由社工和志愿者开展周末陪伴、亲情连线和安全教育。', mode: 'project', field: 'youth', proc: 'competitive_consultation', fund: 'donation', value: 150000, status: 'completed', signed: '2022-03-20', end: '2023-01-31', lead: 'S3', others: [{ org: 'S14', role: 'co_funder' }], ben: 140, group: '农村留守儿童', ev: [['tp', 'E2', 85]] },
  { id: 'QH-2022-015', gov: 'G6', district: '柳溪镇', title: '柳溪镇垃圾分类宣传督导项目', en: 'Liuxi Waste-sorting Outreach and Supervision', summary: '入户宣传垃圾分类，在投放点开展定时督导，培训村级分类指导员。', mode: 'purchase', field: 'environment', proc: 'inquiry', fund: 'fiscal', value: 130000, status: 'completed', signed: '2022-05-05', end: '2023-04-30', lead: 'S4', ben: 2600, group: '村民', ev: [['tp', 'E1', 74]] },
  { id: 'QH-2022-016', gov: 'G6', district: '柳溪镇', title: '柳溪镇村晚文艺展演补贴', en: 'Liuxi Village Evening Gala Subsidy', summary: '补贴村级文体团队排练和春节村晚展演的场地、服装和交通费用。', mode: 'grant', field: 'culture_sports', proc: 'not_applicable', fund: 'other', value: 80000, status: 'completed', signed: '2022-07-01', end: '2023-02-15', lead: 'S17', ben: 4000, group: '村民和文体团队', ev: [['self', 80], ['sv', 96.1, 150]] },

  // ── 2023 ──
  { id: 'QH-2023-001', gov: 'G1', district: '全区', title: '清河区社会救助“一门受理”社工服务项目', en: 'Qinghe One-stop Social Assistance Casework', summary: '在各街镇社会救助窗口派驻社工，为临时遇困群众提供个案管理和转介服务。', mode: 'purchase', field: 'social_assistance', proc: 'open_tender', fund: 'fiscal', value: 420000, status: 'completed', signed: '2023-03-10', end: '2024-03-09', lead: 'S7', ben: 560, group: '临时遇困群众', ev: [['tp', 'E1', 86]], flag: 'late_publication' },
  { id: 'QH-2023-002', gov: 'G1', district: '东湖街道', title: '东湖街道认知症友好社区建设项目', en: 'Donghu Dementia-friendly Community', summary: '开展认知症筛查和家属照护培训，培育“认知症友好商户”，建立走失老人协助机制。', mode: 'project', field: 'elderly', proc: 'competitive_consultation', fund: 'lottery', value: 260000, status: 'completed', signed: '2023-04-12', end: '2024-04-11', lead: 'S1', others: [{ org: 'S6', role: 'partner', share: 60000 }], ben: 380, group: '认知症老人及照护家属', ev: [['tp', 'E2', 90.5], ['sv', 92.8, 164]] },
  { id: 'QH-2023-003', gov: 'G1', district: '柳溪镇', title: '第二届公益创投·柳溪镇心智障碍者日间照料', en: 'Second Community Venture Fund: Liuxi Day Care for People with Intellectual Disabilities', summary: '在镇残疾人之家开设日间照料班，开展生活自理和社会适应训练。', mode: 'venture', field: 'disability', proc: 'competition', fund: 'lottery', value: 80000, status: 'completed', signed: '2023-05-18', end: '2024-01-31', lead: 'S2', ben: 25, group: '心智障碍者及家庭', ev: [['tp', 'E3', 83]], meeting: 'review' },
  { id: 'QH-2023-004', gov: 'G1', district: '西园街道', title: '清河区社区微基金资助项目', en: 'Qinghe Community Micro-fund Grants', summary: '区民政局与社区发展基金会联合设立社区微基金，资助居民提出的小微公益项目。', mode: 'grant', field: 'community', proc: 'direct', fund: 'mixed', value: 300000, status: 'completed', signed: '2023-06-01', end: '2024-05-31', lead: 'S13', ben: 2000, group: '社区居民和居民团队', ev: [['tp', 'E1', 84]] },
  { id: 'QH-2023-005', gov: 'G2', district: '东湖街道', title: '东湖街道慢性病自我管理项目', en: 'Donghu Chronic Disease Self-management', summary: '组建高血压、糖尿病自我管理小组，开展健康讲座和同伴支持。', mode: 'purchase', field: 'health', proc: 'competitive_consultation', fund: 'fiscal', value: 220000, status: 'completed', signed: '2023-03-22', end: '2024-03-21', lead: 'S6', others: [{ org: 'S9', role: 'partner' }], ben: 480, group: '慢性病患者', ev: [['tp', 'S9', 94], ['sv', 90.3, 128]] },
  { id: 'QH-2023-006', gov: 'G2', district: '西园街道', title: '西园街道社区心理健康服务项目', en: 'Xiyuan Community Mental Health Service', summary: '设立社区心理咨询室，开展心理健康讲座、危机干预转介和心理援助热线宣传。', mode: 'purchase', field: 'health', proc: 'invited_tender', fund: 'fiscal', value: 180000, status: 'completed', signed: '2023-04-20', end: '2024-04-19', lead: 'S9', ben: 700, group: '社区居民', ev: [['tp', 'E2', 82]] },
  { id: 'QH-2023-007', gov: 'G2', district: '柳溪镇', title: '柳溪镇老年人健康随访项目', en: 'Liuxi Health Follow-up for Older People', summary: '配合镇卫生院为 65 周岁以上老人开展体检后随访、用药提醒和健康宣教。', mode: 'project', field: 'health', proc: 'competitive_negotiation', fund: 'fiscal', value: 160000, status: 'completed', signed: '2023-05-30', end: '2024-05-29', lead: 'S1', ben: 1300, group: '65 周岁以上老人', ev: [['tp', 'E3', 85]] },
  { id: 'QH-2023-008', gov: 'G4', district: '东湖街道', title: '东湖街道智慧养老呼叫服务项目', en: 'Donghu Smart Elderly-care Call Service', summary: '为独居老人安装紧急呼叫设备，24 小时响应求助并定期电话关怀。', mode: 'purchase', field: 'elderly', proc: 'competitive_consultation', fund: 'fiscal', value: 200000, status: 'completed', signed: '2023-03-05', end: '2024-03-04', lead: 'S1', ben: 350, group: '独居老人', ev: [['tp', 'E1', 87]] },
  { id: 'QH-2023-009', gov: 'G4', district: '东湖街道', title: '东湖街道低保家庭社工服务项目', en: 'Donghu Social Work for Minimum-income Households', summary: '为低保家庭开展需求评估、就业帮扶和子女学业支持。', mode: 'purchase', field: 'social_assistance', proc: 'inquiry', fund: 'fiscal', value: 180000, status: 'completed', signed: '2023-04-10', end: '2024-04-09', lead: 'S7', ben: 160, group: '低保家庭', ev: [['sc', 83], ['tp', 'E2', 85]] },
  { id: 'QH-2023-010', gov: 'G4', district: '东湖街道', title: '东湖街道垃圾分类共治项目', en: 'Donghu Joint Governance of Waste Sorting', summary: '由居民骨干、物业和环保组织共同商定分类投放规则，开展“桶边值守”。', mode: 'cogovernance', field: 'environment', proc: 'not_applicable', fund: 'fiscal', value: 100000, status: 'completed', signed: '2023-05-01', end: '2024-04-30', lead: 'S15', others: [{ org: 'S4', role: 'partner', share: 40000 }], ben: 3500, group: '小区居民', ev: [['tp', 'E3', 78]], meeting: 'consultation' },
  { id: 'QH-2023-011', gov: 'G5', district: '西园街道', title: '西园街道邻里议事协商共治项目', en: 'Xiyuan Neighbourhood Deliberation and Co-governance', summary: '在各社区建立议事会，围绕停车、绿化和公共空间改造开展协商。', mode: 'cogovernance', field: 'community', proc: 'single_source', fund: 'fiscal', value: 150000, status: 'completed', signed: '2023-02-20', end: '2023-12-31', lead: 'S5', ben: 1200, group: '社区居民和议事代表', ev: [['tp', 'E1', 54.5]], meeting: 'consultation' },
  { id: 'QH-2023-012', gov: 'G5', district: '西园街道', title: '西园街道残疾人辅助就业项目', en: 'Xiyuan Supported Employment for People with Disabilities', summary: '开设庇护工场，为有就业意愿的残疾人提供职业训练和岗位对接。', mode: 'purchase', field: 'disability', proc: 'open_tender', fund: 'fiscal', value: 260000, status: 'completed', signed: '2023-03-28', end: '2024-03-27', lead: 'S2', ben: 45, group: '有就业意愿的残疾人', ev: [['tp', 'E2', 84]], flag: 'over_disbursed' },
  { id: 'QH-2023-013', gov: 'G5', district: '西园街道', title: '西园街道暑期青少年成长营', en: 'Xiyuan Summer Youth Camp', summary: '暑期开设科学探索、艺术和运动营，优先招收外来务工人员子女。', mode: 'project', field: 'youth', proc: 'competitive_consultation', fund: 'donation', value: 180000, status: 'completed', signed: '2023-05-15', end: '2023-10-31', lead: 'S3', others: [{ org: 'S14', role: 'co_funder' }], ben: 260, group: '外来务工人员子女', ev: [['tp', 'E3', 91], ['sv', 97, 95]] },
  { id: 'QH-2023-014', gov: 'G6', district: '柳溪镇', title: '柳溪镇湿地生态科普项目', en: 'Liuxi Wetland Ecology Education', summary: '在柳溪湿地开展自然观察课程和生态导赏，培训村民生态讲解员。', mode: 'project', field: 'environment', proc: 'competitive_consultation', fund: 'fiscal', value: 140000, status: 'completed', signed: '2023-03-01', end: '2023-12-31', lead: 'S4', ben: 1800, group: '中小学生和村民', flag: 'no_evaluation' },
  { id: 'QH-2023-015', gov: 'G6', district: '柳溪镇', title: '柳溪镇特困人员探访关爱项目', en: 'Liuxi Visits to People in Extreme Poverty', summary: '定期探访分散供养特困人员，协助就医、代购和居住环境改善。', mode: 'purchase', field: 'social_assistance', proc: 'inquiry', fund: 'fiscal', value: 110000, status: 'completed', signed: '2023-04-05', end: '2024-03-31', lead: 'S7', others: [{ org: 'S10', role: 'supervisor' }], ben: 75, group: '分散供养特困人员', ev: [['tp', 'E2', 80.5]] },
  { id: 'QH-2023-016', gov: 'G6', district: '柳溪镇', title: '柳溪镇文体团队培育资助', en: 'Liuxi Grant for Arts and Sports Teams', summary: '资助村级文体团队购置器材、参加培训，提升自我组织能力。', mode: 'grant', field: 'culture_sports', proc: 'direct', fund: 'fiscal', value: 70000, status: 'completed', signed: '2023-06-12', end: '2024-01-31', lead: 'S17', ben: 600, group: '村级文体团队', ev: [['tp', 'E1', 70]] },

  // ── 2024 ──
  { id: 'QH-2024-001', gov: 'G1', district: '全区', title: '清河区居家养老服务指导中心运营项目', en: 'Qinghe Home Care Guidance Centre Operation', summary: '运营区级居家养老服务指导中心，统筹全区助餐、助浴和上门服务的质量督导。', mode: 'purchase', field: 'elderly', proc: 'single_source', fund: 'fiscal', value: 480000, status: 'completed', signed: '2024-01-15', end: '2024-12-31', lead: 'S1', ben: 5200, group: '全区居家老人', ev: [['tp', 'E2', 86], ['self', 88]] },
  { id: 'QH-2024-002', gov: 'G1', district: '西园街道', title: '第三届公益创投·西园街道社区花园营造', en: 'Third Community Venture Fund: Xiyuan Community Gardens', summary: '把小区闲置角落改造成居民共建共管的社区花园，开展自然教育。', mode: 'venture', field: 'environment', proc: 'competition', fund: 'lottery', value: 60000, status: 'completed', signed: '2024-04-10', end: '2024-12-31', lead: 'S4', others: [{ org: 'S16', role: 'partner' }], ben: 900, group: '小区居民和儿童', ev: [['tp', 'E3', 82]], meeting: 'review' },
  { id: 'QH-2024-003', gov: 'G1', district: '东湖街道', title: '清河区“物质+服务”救助试点项目', en: 'Qinghe Pilot of In-kind and Service Assistance', summary: '在东湖街道试点“救助金+照护服务+就业帮扶”组合救助，形成可推广的服务清单。', mode: 'project', field: 'social_assistance', proc: 'competitive_consultation', fund: 'mixed', value: 350000, status: 'evaluating', signed: '2024-11-20', end: '2025-11-30', lead: 'S7', others: [{ org: 'S13', role: 'co_funder' }], ben: 240, group: '低保、低边和特困家庭', ev: [['self', 86]] },
  { id: 'QH-2024-004', gov: 'G1', district: '柳溪镇', title: '柳溪镇残疾儿童融合教育支持项目', en: 'Liuxi Inclusive Education Support for Disabled Children', summary: '为随班就读的残疾儿童提供资源教室支持、教师培训和家长互助。', mode: 'purchase', field: 'disability', proc: 'open_tender', fund: 'fiscal', value: 300000, status: 'completed', signed: '2024-03-18', end: '2025-01-31', lead: 'S2', ben: 60, group: '残疾儿童及家庭', ev: [['tp', 'E1', 92]] },
  { id: 'QH-2024-005', gov: 'G3', district: '东湖街道', title: '东湖街道非遗传承进社区项目', en: 'Donghu Intangible Heritage in the Community', summary: '邀请非遗传承人进社区开设剪纸、越剧和竹编课堂。', mode: 'purchase', field: 'culture_sports', proc: 'competitive_negotiation', fund: 'fiscal', value: 150000, status: 'completed', signed: '2024-03-12', end: '2024-12-15', lead: 'S12', ben: 1600, group: '社区居民和学生', ev: [['tp', 'E2', 85]] },
  { id: 'QH-2024-006', gov: 'G3', district: '柳溪镇', title: '柳溪镇乡村文艺展演资助', en: 'Liuxi Village Arts Performances Grant', summary: '资助全镇村级文体团队开展“村晚”和节庆展演。', mode: 'grant', field: 'culture_sports', proc: 'direct', fund: 'fiscal', value: 100000, status: 'completed', signed: '2024-05-20', end: '2025-02-28', lead: 'S17', ben: 5000, group: '村民', ev: [['self', 81], ['tp', 'E3', 80]] },
  { id: 'QH-2024-007', gov: 'G3', district: '西园街道', title: '西园街道老年健身团队培育项目', en: 'Xiyuan Senior Fitness Teams', summary: '培育社区老年健身团队，开展科学健身指导和运动风险评估。', mode: 'project', field: 'culture_sports', proc: 'inquiry', fund: 'lottery', value: 120000, status: 'completed', signed: '2024-04-22', end: '2025-01-31', lead: 'S11', ben: 700, group: '老年人', ev: [['tp', 'E1', 83]] },
  { id: 'QH-2024-008', gov: 'G4', district: '东湖街道', title: '东湖街道居家养老上门服务项目（2024 年度）', en: 'Donghu Home Care Visits for Older People (2024)', summary: '延续往年居家养老上门服务，服务对象扩大到失能半失能老人。', mode: 'purchase', field: 'elderly', proc: 'open_tender', fund: 'fiscal', value: 420000, status: 'completed', signed: '2024-02-05', end: '2025-01-31', lead: 'S1', ben: 520, group: '高龄、失能半失能老人', ev: [['tp', 'E1', 88], ['sv', 93.4, 205]] },
  { id: 'QH-2024-009', gov: 'G4', district: '东湖街道', title: '东湖街道老年食堂助餐服务项目（2024 年度）', en: 'Donghu Community Canteen for Older People (2024)', summary: '继续运营社区老年食堂，新增 1 个助餐点和送餐上门服务。', mode: 'purchase', field: 'elderly', proc: 'competitive_consultation', fund: 'fiscal', value: 260000, status: 'completed', signed: '2024-02-20', end: '2025-02-19', lead: 'S1', ben: 720, group: '60 周岁以上老人', ev: [['tp', 'E3', 85]] },
  { id: 'QH-2024-010', gov: 'G4', district: '东湖街道', title: '东湖街道家庭医生签约服务延伸项目', en: 'Donghu Extended Family-doctor Service', summary: '协助社区卫生服务站为签约老人提供健康管理、复诊提醒和上门随访。', mode: 'purchase', field: 'health', proc: 'inquiry', fund: 'fiscal', value: 150000, status: 'completed', signed: '2024-04-01', end: '2025-03-31', lead: 'S6', ben: 900, group: '签约老人和慢性病患者', ev: [['sc', 84]] },
  { id: 'QH-2024-011', gov: 'G5', district: '西园街道', title: '西园街道邻里议事协商项目（2024 年度）', en: 'Xiyuan Neighbourhood Deliberation (2024)', summary: '延续议事协商机制，重点解决上年度评估中发现的台账和议定事项落实问题。', mode: 'cogovernance', field: 'community', proc: 'direct', fund: 'fiscal', value: 160000, status: 'completed', signed: '2024-03-15', end: '2024-12-31', lead: 'S5', ben: 1300, group: '社区居民和议事代表', ev: [['tp', 'E2', 68]], meeting: 'hearing' },
  { id: 'QH-2024-012', gov: 'G5', district: '西园街道', title: '西园街道心智障碍者日间照料项目', en: 'Xiyuan Day Care for People with Intellectual Disabilities', summary: '为心智障碍者提供两年期日间照料、康复训练和家庭喘息服务。', mode: 'purchase', field: 'disability', proc: 'competitive_consultation', fund: 'fiscal', value: 240000, status: 'in_progress', signed: '2024-06-20', end: '2026-06-30', lead: 'S2', ben: 30, group: '心智障碍者及家庭', ev: [['sc', 85]] },
  { id: 'QH-2024-013', gov: 'G5', district: '西园街道', title: '西园街道青少年心理健康辅导项目', en: 'Xiyuan Youth Mental Health Support', summary: '走进辖区中小学开展心理健康课程、团体辅导和个案转介。', mode: 'purchase', field: 'youth', proc: 'invited_tender', fund: 'fiscal', value: 180000, status: 'completed', signed: '2024-05-08', end: '2025-04-30', lead: 'S3', ben: 1200, group: '中小学生', ev: [['tp', 'E1', 86]] },
  { id: 'QH-2024-014', gov: 'G6', district: '柳溪镇', title: '柳溪镇乡村振兴社工站建设项目', en: 'Liuxi Rural Social Work Station', summary: '建设镇级社工站，在行政村开展留守老人关爱、村民议事和困难家庭帮扶。', mode: 'purchase', field: 'community', proc: 'competitive_consultation', fund: 'fiscal', value: 200000, status: 'completed', signed: '2024-03-20', end: '2025-03-31', lead: 'S8', ben: 800, group: '行政村村民', ev: [['tp', 'E3', 84]] },
  { id: 'QH-2024-015', gov: 'G6', district: '柳溪镇', title: '柳溪镇村民文体活动共建项目', en: 'Liuxi Joint Village Arts and Sports Activities', summary: '镇政府与文体团队联合会共同策划全年村民文体活动，团队自主组织实施。', mode: 'cogovernance', field: 'culture_sports', proc: 'single_source', fund: 'fiscal', value: 80000, status: 'completed', signed: '2024-09-10', end: '2025-06-30', lead: 'S17', ben: 3000, group: '村民', ev: [['sc', 82]] },
  { id: 'QH-2024-016', gov: 'G6', district: '柳溪镇', title: '柳溪镇困难老人助餐服务项目', en: 'Liuxi Meals for Older People in Hardship', summary: '依托村老年活动中心为困难老人提供午餐，行动不便者送餐上门。', mode: 'purchase', field: 'elderly', proc: 'inquiry', fund: 'fiscal', value: 180000, status: 'completed', signed: '2024-04-15', end: '2025-04-14', lead: 'S1', ben: 210, group: '困难老人', ev: [['tp', 'E2', 89], ['sv', 95.2, 120]] },

  // ── 2025 ──
  { id: 'QH-2025-001', gov: 'G1', district: '全区', title: '清河区养老服务时间银行项目', en: 'Qinghe Time Bank for Elderly Care', summary: '志愿者为老人提供陪伴和代办服务并储存服务时间，将来可兑换养老服务。', mode: 'project', field: 'elderly', proc: 'competitive_consultation', fund: 'fiscal', value: 300000, status: 'in_progress', signed: '2025-03-10', end: '2026-03-09', lead: 'S10', others: [{ org: 'S1', role: 'partner', share: 100000 }], ben: 1500, group: '老年人和志愿者', ev: [['sc', 86]], flag: 'empty_acceptance' },
  { id: 'QH-2025-002', gov: 'G1', district: '东湖街道', title: '第四届公益创投·东湖街道新就业群体关爱驿站', en: 'Fourth Community Venture Fund: Donghu Rest Stop for Delivery and Ride-hailing Workers', summary: '为外卖骑手、快递员等新就业群体设立关爱驿站，提供歇脚、饮水和法律咨询。', mode: 'venture', field: 'other', proc: 'competition', fund: 'lottery', value: 50000, status: 'completed', signed: '2025-03-05', end: '2025-09-30', lead: 'S9', ben: 2300, group: '新就业群体', ev: [['tp', 'E1', 83]], meeting: 'review' },
  { id: 'QH-2025-003', gov: 'G1', district: '西园街道', title: '清河区社区应急能力提升项目', en: 'Qinghe Community Emergency Preparedness', summary: '培训社区应急志愿队，开展防汛、消防演练和家庭应急包配备指导。', mode: 'purchase', field: 'other', proc: 'open_tender', fund: 'fiscal', value: 260000, status: 'approved', signed: '2025-10-10', end: '2026-12-31', lead: 'S9', ben: 3000, group: '社区居民和应急志愿者' },
  { id: 'QH-2025-004', gov: 'G1', district: '柳溪镇', title: '柳溪镇困境儿童关爱服务项目', en: 'Liuxi Care for Children in Difficulty', summary: '拟为柳溪镇困境儿童提供成长陪伴、学业辅导和监护指导。', mode: 'purchase', field: 'youth', proc: 'competitive_consultation', fund: 'fiscal', value: 220000, status: 'applied', signed: '2025-12-05', end: '2026-12-31', lead: 'S3', ben: 70, group: '困境儿童' },
  { id: 'QH-2025-005', gov: 'G2', district: '东湖街道', title: '东湖街道老年人能力评估项目', en: 'Donghu Care-needs Assessment for Older People', summary: '按照统一标准为申请长期照护服务的老人开展能力评估。', mode: 'purchase', field: 'elderly', proc: 'inquiry', fund: 'fiscal', value: 120000, status: 'contracted', signed: '2025-12-15', end: '2026-12-31', lead: 'S6', ben: 600, group: '申请照护服务的老人' },
  { id: 'QH-2025-006', gov: 'G2', district: '西园街道', title: '西园街道健康生活方式推广项目', en: 'Xiyuan Healthy Lifestyle Promotion', summary: '组织“健康小屋”和健步走活动，推广减盐、控油和科学运动。', mode: 'project', field: 'health', proc: 'competitive_negotiation', fund: 'fiscal', value: 140000, status: 'in_progress', signed: '2025-04-15', end: '2026-04-14', lead: 'S10', ben: 2000, group: '社区居民' },
  { id: 'QH-2025-007', gov: 'G2', district: '柳溪镇', title: '柳溪镇社区心理健康服务项目', en: 'Liuxi Community Mental Health Service', summary: '在镇社工站设立心理服务点，为留守老人和困难家庭提供心理疏导。', mode: 'purchase', field: 'health', proc: 'competitive_consultation', fund: 'fiscal', value: 160000, status: 'evaluating', signed: '2025-01-10', end: '2025-11-30', lead: 'S8', ben: 320, group: '留守老人和困难家庭', ev: [['self', 84]] },
  { id: 'QH-2025-008', gov: 'G4', district: '东湖街道', title: '东湖街道居家养老上门服务项目（2025 年度）', en: 'Donghu Home Care Visits for Older People (2025)', summary: '第四个年度的居家养老上门服务，引入服务质量回访和居民评价。', mode: 'purchase', field: 'elderly', proc: 'open_tender', fund: 'fiscal', value: 360000, status: 'in_progress', signed: '2025-02-10', end: '2026-02-28', lead: 'S1', ben: 540, group: '高龄、失能半失能老人', ev: [['sc', 88], ['sv', 92.6, 210]] },
  { id: 'QH-2025-009', gov: 'G4', district: '东湖街道', title: '东湖街道邻里互助睦邻点项目', en: 'Donghu Neighbourly Mutual Help Points', summary: '在楼道和小区设立睦邻点，由居民自管自治，社区发展基金会配捐。', mode: 'cogovernance', field: 'community', proc: 'not_applicable', fund: 'donation', value: 120000, status: 'in_progress', signed: '2025-04-01', end: '2026-03-31', lead: 'S15', others: [{ org: 'S13', role: 'co_funder' }], ben: 1100, group: '小区居民', meeting: 'consultation' },
  { id: 'QH-2025-010', gov: 'G4', district: '东湖街道', title: '东湖街道特困人员精准帮扶项目', en: 'Donghu Targeted Support for People in Extreme Poverty', summary: '一户一策制定帮扶计划，链接医疗、住房和就业资源。', mode: 'purchase', field: 'social_assistance', proc: 'competitive_consultation', fund: 'fiscal', value: 320000, status: 'in_progress', signed: '2025-03-20', end: '2026-03-19', lead: 'S7', ben: 90, group: '特困人员' },
  { id: 'QH-2025-011', gov: 'G5', district: '西园街道', title: '西园街道无障碍环境评估项目', en: 'Xiyuan Accessibility Assessment', summary: '邀请残疾人体验员对公共场所无障碍设施逐一评估，形成整改清单。', mode: 'purchase', field: 'disability', proc: 'inquiry', fund: 'fiscal', value: 150000, status: 'completed', signed: '2025-03-03', end: '2025-08-31', lead: 'S2', ben: 400, group: '残疾人和老年人', ev: [['tp', 'E3', 90], ['sv', 88.7, 96]] },
  { id: 'QH-2025-012', gov: 'G5', district: '西园街道', title: '西园街道青少年课后托管服务项目', en: 'Xiyuan After-school Care for Children', summary: '在社区活动中心为小学生提供课后托管、作业辅导和兴趣课程。', mode: 'purchase', field: 'youth', proc: 'open_tender', fund: 'fiscal', value: 200000, status: 'in_progress', signed: '2025-02-25', end: '2026-01-31', lead: 'S3', ben: 150, group: '小学生' },
  { id: 'QH-2025-013', gov: 'G5', district: '西园街道', title: '西园街道小区自治能力提升项目', en: 'Xiyuan Residents’ Self-governance Capacity', summary: '帮助小区成立自管会，制定居民公约，培育楼道长队伍。', mode: 'cogovernance', field: 'community', proc: 'direct', fund: 'fiscal', value: 140000, status: 'in_progress', signed: '2025-05-12', end: '2026-05-11', lead: 'S16', others: [{ org: 'S5', role: 'partner', share: 40000 }], ben: 2400, group: '小区居民', meeting: 'hearing' },
  { id: 'QH-2025-014', gov: 'G6', district: '柳溪镇', title: '柳溪镇乡村振兴社工站项目（二期）', en: 'Liuxi Rural Social Work Station, Phase 2', summary: '社工站二期，在全部 9 个行政村开展驻村服务，培育村级社区社会组织。', mode: 'purchase', field: 'community', proc: 'competitive_consultation', fund: 'fiscal', value: 180000, status: 'in_progress', signed: '2025-04-01', end: '2026-03-31', lead: 'S8', ben: 1200, group: '行政村村民' },
  { id: 'QH-2025-015', gov: 'G6', district: '柳溪镇', title: '柳溪镇村民文体活动共建项目（2025 年度）', en: 'Liuxi Joint Village Arts and Sports Activities (2025)', summary: '延续上年度共建模式，增加青少年体育和老年健身内容。', mode: 'cogovernance', field: 'culture_sports', proc: 'single_source', fund: 'fiscal', value: 90000, status: 'in_progress', signed: '2025-06-18', end: '2026-06-17', lead: 'S17', ben: 3200, group: '村民' },
  { id: 'QH-2025-016', gov: 'G6', district: '柳溪镇', title: '柳溪镇河道守护志愿服务项目', en: 'Liuxi River Guardian Volunteering', summary: '在首届创投项目基础上，购买河道守护志愿服务的组织和培训。', mode: 'purchase', field: 'environment', proc: 'inquiry', fund: 'lottery', value: 150000, status: 'in_progress', signed: '2025-03-15', end: '2026-03-14', lead: 'S4', ben: 2000, group: '沿河村民' },
];

// ───────────────────────────── children by rule ─────────────────────────────

const FIELD_TASK: Record<Field, readonly [string, string, string, 'government' | 'organization' | 'joint']> = {
  elderly: ['为服务对象提供上门服务', '每位老人每月上门不少于 2 次，服务记录由老人或家属签字确认', '服务记录完整，抽查回访满意率不低于 90%', 'organization'],
  community: ['组织居民议事协商会议', '每季度至少召开 1 次，议题提前 7 天公示', '会议纪要和议定事项落实情况公开', 'joint'],
  youth: ['开展青少年成长小组活动', '每月不少于 4 次，活动有安全预案', '活动记录齐全，家长满意率不低于 85%', 'organization'],
  environment: ['组织环保志愿活动', '每月不少于 2 次，招募居民志愿者参与', '活动记录和志愿时长登记完整', 'organization'],
  disability: ['提供康复训练服务', '由持证康复师制定个性化训练计划', '个案训练计划完成率不低于 90%', 'organization'],
  social_assistance: ['建立困难家庭个案', '一户一案，每季度回访一次', '个案评估和回访记录完整', 'organization'],
  culture_sports: ['举办文体活动和展演', '全年不少于 12 场，提前公示活动安排', '活动影像资料和参与人数记录齐全', 'organization'],
  health: ['开展健康讲座和随访', '每月不少于 2 次，由执业医护人员参与', '随访记录完整，服务对象健康知识知晓率提升', 'organization'],
  other: ['运营服务站点', '每周开放不少于 5 天，公示开放时间', '站点运行记录和服务台账完整', 'organization'],
};

const GRADE_OF = (score: number): (typeof v.GRADES.codes)[number] => (score >= 90 ? 'excellent' : score >= 80 ? 'good' : score >= 60 ? 'pass' : 'fail');
const FINDING: Record<(typeof v.GRADES.codes)[number], string> = {
  excellent: '服务目标全部达成，档案规范，资金使用合规，服务对象评价高。',
  good: '基本完成合同约定的服务指标，个别活动记录不够完整，建议加强台账管理。',
  pass: '完成主要服务指标，但服务深度不足、部分记录缺失，须按整改清单限期整改。',
  fail: '议事会议记录与实际不符，多项议定事项未落实，资金支出凭证不全；评估不合格，须全面整改。',
};

const sink = new FileSink(path.resolve(import.meta.dirname, '../content/data'));
const out = new CsvTables(sink);

for (const o of ORGS) {
  const n = ORGS.indexOf(o);
  out.row('organizations', {
    id: id(o.key), uscc: id(o.key), name: o.name, name_en: o.en, kind: zh(v.ORGANIZATION_KINDS, o.kind), subtype: zh(v.ORGANIZATION_SUBTYPES, o.subtype),
    district: o.district, registered_on: o.registered ?? null, registrar: o.kind === 'government' ? null : '清河区民政局',
    phone: `0571-86${String(120001 + n * 113).slice(0, 6)}`, email: o.website ? `contact@${new URL(o.website).hostname}` : null,
    website: o.website ?? null, address: o.address, description: o.description,
  });
}

const clamp = (day: number) => Math.min(TODAY, day);
let transactionSeq = 0;
let evaluationSeq = 0;
let meetingSeq = 0;

for (const p of PARTNERSHIPS) {
  const govId = id(p.gov);
  const leadId = id(p.lead);
  const value = p.value * 100;
  const preContract = p.status === 'applied' || p.status === 'approved';
  const signed = preContract ? null : dayOf(p.signed);
  const applied = preContract ? dayOf(p.signed) : (signed as number) - rng.int(25, 45);
  const approval = preContract ? applied + 46 : (signed as number) - rng.int(7, 15);
  const published = signed === null ? null : p.flag === 'late_publication' ? signed + 102 : signed + rng.int(2, 10);
  const start = signed === null ? TODAY : p.status === 'contracted' ? TODAY : signed + rng.int(5, 14);
  const end = dayOf(p.end);
  const dates: number[] = [applied];
  const seen = (day: number) => {
    dates.push(day);
    return day;
  };

  // Partners: the lead, and sometimes a partner, co-funder or supervisor.
  out.row('partners', { partnership_id: p.id, organization_id: leadId, role: zh(v.PARTNER_ROLES, 'lead') });
  for (const o of p.others ?? []) {
    out.row('partners', { partnership_id: p.id, organization_id: id(o.org), role: zh(v.PARTNER_ROLES, o.role), share: o.share === undefined ? null : yuan(o.share * 100) });
  }

  // Budget lines: staff, activities, materials, and for larger contracts training and evaluation.
  const categories = value >= 20_000_000 ? (['personnel', 'activities', 'materials', 'training', 'evaluation'] as const) : value >= 10_000_000 ? (['personnel', 'activities', 'materials', 'admin'] as const) : (['personnel', 'activities', 'materials'] as const);
  const weights = categories.map((c) => ({ personnel: 50, activities: 25, materials: 12, training: 6, admin: 5, evaluation: 4, other: 1 })[c]);
  const lines = splitFen(value, weights);
  if (p.flag === 'budget_mismatch') lines[lines.length - 1] = (lines[lines.length - 1] as number) - 200_000; // 2,000 元 short
  const ITEM = { personnel: '项目社工及专职人员薪酬', activities: '服务及活动开展', materials: '服务物资和宣传品', training: '培训与专业督导', admin: '项目管理及财务审计', evaluation: '第三方评估及审计', other: '其他' } as const;
  lines.forEach((amount, n) => out.row('budget_lines', { partnership_id: p.id, line: n + 1, category: zh(v.BUDGET_CATEGORIES, categories[n] as (typeof categories)[number]), item: ITEM[categories[n] as (typeof categories)[number]], amount: yuan(amount) }));

  // Evaluations, dated after the service (spot checks during it).
  const evalDays: number[] = [];
  const evaluations: Cells[] = [];
  const after = Math.min(end, TODAY);
  (p.ev ?? []).forEach((e, n) => {
    const kind = e[0] === 'tp' ? 'third_party' : e[0] === 'sc' ? 'spot_check' : e[0] === 'self' ? 'self' : 'survey';
    const running = p.status === 'in_progress';
    const day = clamp(running ? start + 150 + n * 30 : kind === 'self' ? end + 8 : kind === 'survey' ? end + 14 : kind === 'spot_check' ? end + 12 : end + 22 + n * 3);
    evalDays.push(seen(day));
    const evaluator = e[0] === 'tp' ? id(e[1]) : e[0] === 'sc' ? govId : e[0] === 'self' ? leadId : id(n % 2 === 0 ? 'E3' : 'E1');
    const score = e[0] === 'tp' ? e[2] : e[1];
    const evalId = `EV-${String(++evaluationSeq).padStart(4, '0')}`;
    if (kind === 'survey') {
      evaluations.push({ id: evalId, partnership_id: p.id, evaluator_id: evaluator, kind: zh(v.EVALUATION_KINDS, kind), date: isoOf(day), score: scoreText(Math.round(score * 10)), findings: `随机抽取服务对象开展满意度调查，满意率 ${score}%。`, report_url: `https://example.org/qinghe/surveys/${p.id}.pdf`, sample_size: (e as ['sv', number, number])[2] });
    } else {
      const grade = GRADE_OF(score);
      evaluations.push({
        id: evalId, partnership_id: p.id, evaluator_id: evaluator, kind: zh(v.EVALUATION_KINDS, kind), date: isoOf(day), score: scoreText(Math.round(score * 10)), grade: zh(v.GRADES, grade),
        findings: kind === 'self' ? `承接方自评：${FINDING[grade]}` : kind === 'spot_check' ? `政府方抽检：${FINDING[grade]}` : FINDING[grade],
        report_url: kind === 'third_party' ? `https://example.org/qinghe/evaluations/${p.id}-${n + 1}.pdf` : null,
      });
    }
  });
  for (const e of evaluations) out.row('evaluations', e);
  const firstEval = evalDays.length > 0 ? Math.min(...evalDays) : null;
  const lastEval = evalDays.length > 0 ? Math.max(...evalDays) : null;
  const closure = p.status === 'completed' ? clamp(Math.max(end, lastEval ?? end) + rng.int(10, 20)) : null;

  // Transactions: instalments after signing, spending within what was received.
  const tx = (day: number, kind: 'disbursement' | 'expenditure' | 'refund', amount: number, description: string) =>
    out.row('transactions', { id: `TX-${String(++transactionSeq).padStart(5, '0')}`, partnership_id: p.id, date: isoOf(seen(clamp(day))), kind: zh(v.TRANSACTION_KINDS, kind), amount: yuan(amount), description });
  if (signed !== null && p.status !== 'contracted') {
    const mid = start + Math.floor((Math.min(end, TODAY) - start) / 2);
    if (p.status === 'completed') {
      const [first, second, last] = splitFen(value, [4, 4, 2]) as [number, number, number];
      const firstDay = p.flag === 'pay_before_signing' ? signed - 18 : start + 3;
      tx(firstDay, 'disbursement', first, p.flag === 'pay_before_signing' ? '首期预拨（合同签订前）' : '首期拨付');
      tx(mid, 'disbursement', second, '中期拨付');
      tx((closure as number) - 3, 'disbursement', last, '验收后拨付尾款');
      if (p.flag === 'over_disbursed') tx((closure as number) + 5, 'disbursement', last, '尾款（重复拨付）');
      const refund = rng.chance(0.2) ? Math.floor(value / 100 / 3) * 10 + 3_650 : 0; // a small unspent balance
      const spent = value - refund;
      const [s1, s2, s3] = splitFen(spent, [3, 4, 3], 100) as [number, number, number];
      tx(start + 30, 'expenditure', s1, '人员薪酬及活动开展（第一阶段）');
      tx(mid + 20, 'expenditure', s2, '人员薪酬及活动开展（第二阶段）');
      tx(end - 5, 'expenditure', s3, '物资采购、培训及结项支出');
      if (refund > 0) tx((closure as number) + 7, 'refund', refund, '结余资金退回财政');
    } else if (p.status === 'terminated') {
      const first = Math.floor(value / 20_000) * 10_000;
      tx(start + 3, 'disbursement', first, '首期拨付');
      const spent = Math.floor((first * 0.62) / 10_000) * 10_000;
      tx(start + 40, 'expenditure', spent, '人员薪酬及活动开展');
      tx(end + 10, 'refund', first - spent, '合同终止，未使用资金退回');
    } else {
      // in progress or under evaluation: instalments so far, spending a share of them.
      const parts = splitFen(value, [5, 3, 2]);
      const paid = p.status === 'evaluating' ? [parts[0] as number, parts[1] as number] : mid > start + 120 ? [parts[0] as number, parts[1] as number] : [parts[0] as number];
      paid.forEach((amount, n) => tx(n === 0 ? start + 3 : mid, 'disbursement', amount, n === 0 ? '首期拨付' : '中期拨付'));
      const received = paid.reduce((a, b) => a + b, 0);
      const share = p.status === 'evaluating' ? 0.95 : 0.7;
      tx(start + 35, 'expenditure', Math.floor((received * share) / 2 / 100) * 100, '人员薪酬及活动开展');
      tx(Math.min(TODAY - 5, start + 120), 'expenditure', Math.floor((received * share) / 2 / 100) * 100, '物资采购及培训');
    }
  }

  // Responsibility list (事务清单).
  if (p.status !== 'applied') {
    const templates = [TASK_TEMPLATES[0], FIELD_TASK[p.field], TASK_TEMPLATES[2], TASK_TEMPLATES[5], TASK_TEMPLATES[8]].filter(Boolean) as (typeof TASK_TEMPLATES)[number][];
    const count = p.status === 'approved' ? 2 : 3 + (p.id.charCodeAt(p.id.length - 1) % 3);
    for (let n = 0; n < count; n++) {
      const [task, requirements, acceptance, responsible] = templates[n] as (typeof TASK_TEMPLATES)[number];
      const due = n === 0 ? start + 30 : n === count - 1 ? end + 30 : start + Math.floor(((end - start) * n) / (count - 1));
      let status: (typeof v.TASK_STATUSES.codes)[number];
      if (p.status === 'completed' || p.status === 'evaluating') status = 'done';
      else if (p.status === 'terminated') status = due <= end ? 'done' : 'cancelled';
      else if (p.status === 'approved' || p.status === 'contracted') status = 'not_started';
      else if (due < TODAY) status = p.id === 'QH-2025-012' && n === 1 ? 'overdue' : 'done';
      else status = due - TODAY < 90 ? 'in_progress' : 'not_started';
      const empty = p.flag === 'empty_acceptance' && n === 2;
      out.row('tasks', { partnership_id: p.id, seq: n + 1, task, responsible: zh(v.RESPONSIBLE_PARTIES, responsible), requirements, acceptance_criteria: empty ? null : acceptance, due_date: isoOf(due), status: zh(v.TASK_STATUSES, status) });
    }
  }

  // Lifecycle events (全过程记录).
  const event = (stage: (typeof v.STAGES.codes)[number], day: number, description: string, url?: string) =>
    out.row('events', { partnership_id: p.id, stage: zh(v.STAGES, stage), date: isoOf(seen(clamp(day))), description, document_url: url ?? null });
  event('application', applied, `${v.ORGANIZATION_KINDS.labels.social.zh}提交项目申报书`);
  if (p.status !== 'applied') event('approval', approval, p.mode === 'venture' ? '通过公益创投大赛评审' : p.proc === 'single_source' ? '单一来源方式经审批并公示' : '通过立项评审', p.status === 'approved' ? undefined : `https://example.gov.cn/qinghe/notices/${p.id}.html`);
  if (signed !== null) event('contract', signed, '签订合同', `https://example.gov.cn/qinghe/contracts/${p.id}.pdf`);
  if (signed !== null && p.status !== 'contracted') event('implementation', start, '项目启动实施');
  if (firstEval !== null && (p.status === 'completed' || p.status === 'evaluating')) event('evaluation', firstEval, '开展结项评估');
  if (closure !== null) event('closure', closure, p.flag === 'no_evaluation' ? '结项（未开展评估）' : '通过结项验收');
  if (p.status === 'terminated') event('termination', end, '因服务场地改造，经双方协商终止合同');

  // Documents.
  if (signed !== null) out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'contract'), title: `${p.title}合同`, url: `https://example.gov.cn/qinghe/contracts/${p.id}.pdf`, date: isoOf(signed) });
  if (published !== null) out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'notice'), title: `${p.title}${p.mode === 'venture' ? '评审结果公示' : '成交公告'}`, url: `https://example.gov.cn/qinghe/notices/${p.id}.html`, date: isoOf(seen(published)) });
  if (p.mode === 'cogovernance' && signed !== null) out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'rules'), title: '议事协商规则', url: `https://example.gov.cn/qinghe/rules/${p.id}.pdf`, date: isoOf(signed) });
  if (p.status === 'approved') out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'plan'), title: `${p.title}实施方案（草案）`, url: `https://example.org/qinghe/plans/${p.id}.pdf`, date: isoOf(approval) });
  evaluations.forEach((e) => {
    if (e.report_url && String(e.kind) === zh(v.EVALUATION_KINDS, 'third_party')) out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'evaluation_report'), title: '第三方评估报告', url: String(e.report_url), date: String(e.date) });
  });
  if (closure !== null && p.id.endsWith('1')) out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'report'), title: '结项报告', url: `https://example.org/qinghe/reports/${p.id}.pdf`, date: isoOf(closure) });
  if (p.id === 'QH-2023-011') out.row('documents', { partnership_id: p.id, kind: zh(v.DOCUMENT_KINDS, 'other'), title: '评估不合格整改通知书', url: `https://example.gov.cn/qinghe/notices/${p.id}-rectification.pdf`, date: isoOf((lastEval as number) + 10) });

  // Meetings (对话机制).
  if (p.meeting) {
    const day = clamp(p.meeting === 'review' ? approval - 5 : start + 45);
    const topic = { consultation: '居民座谈会', hearing: '方案听证会', review: '公益创投评审会', briefing: '项目进展通报会' }[p.meeting];
    const summary = {
      consultation: '居民代表、社会组织和街道工作人员就服务内容和议事规则交换意见，形成 5 项议定事项并在社区公示栏公开。',
      hearing: '就实施方案听取居民意见，参会居民代表对费用分摊和施工时间提出意见，方案据此修改后公示。',
      review: '评审专家和居民代表对入围项目打分，按得分排序确定资助名单，评审结果公示 7 天。',
      briefing: '向参与方通报项目进展、资金使用和下一阶段安排，回应参会代表提问。',
    }[p.meeting];
    out.row('meetings', { id: `MT-${String(++meetingSeq).padStart(3, '0')}`, partnership_id: p.id, kind: zh(v.MEETING_KINDS, p.meeting), date: isoOf(seen(day)), title: `${p.title}${topic}`, participants: 15 + rng.int(0, 40), summary, minutes_url: `https://example.org/qinghe/minutes/${p.id}.pdf` });
  }

  out.row('partnerships', {
    id: p.id, title: p.title, title_en: p.en, summary: p.summary, mode: zh(v.MODES, p.mode), field: zh(v.FIELDS, p.field), government_id: govId, district: p.district,
    procurement_method: zh(v.PROCUREMENT_METHODS, p.proc), funding_source: zh(v.FUNDING_SOURCES, p.fund), contract_value: yuan(value), status: zh(v.STATUSES, p.status),
    applied_on: isoOf(applied), signed_on: signed === null ? null : isoOf(signed), published_on: published === null ? null : isoOf(published),
    start_date: isoOf(start), end_date: isoOf(end), beneficiaries: p.ben, beneficiary_group: p.group, updated_on: isoOf(clamp(Math.max(...dates))),
  });
}

sink.close();
console.log(`✓ ${ORGS.length} 个组织 organizations, ${PARTNERSHIPS.length} 个项目 partnerships → content/data/`);
