import type { RecommendingUnit } from '../domain/recommending-unit';

/** The provinces, autonomous regions, municipalities and SARs, by their short names. */
export const provinceNames: readonly string[] = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '台湾',
  '香港',
  '澳门',
];

/** The five separately planned cities of Attachment 2 and the province each lies in. */
export const plannedCityProvinces: Readonly<Record<string, string>> = {
  大连: '辽宁',
  青岛: '山东',
  宁波: '浙江',
  厦门: '福建',
  深圳: '广东',
};

// Administrative endings dropped from a region that names no known province ('苏州市' → '苏州').
const ADMINISTRATIVE_SUFFIX = /(?:特别行政区|自治区|省|市|地区|自治州|盟|县|区)$/;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The province a text starts with: '江苏省工业和信息化厅' → '江苏', '广西壮族自治区' → '广西',
 * '深圳市' → '广东' (a planned city counts as its province), '新疆生产建设兵团…' → '新疆'.
 * Null when the text starts with no known name.
 */
export function provinceOf(text: string): string | null {
  const name = compact(text);
  const province = provinceNames.find((p) => name.startsWith(p));
  if (province !== undefined) return province;
  const city = Object.keys(plannedCityProvinces).find((c) => name.startsWith(c));
  return city === undefined ? null : (plannedCityProvinces[city] ?? null);
}

/**
 * What two regions are compared by: the province when the text starts with one ('江苏省南京市' →
 * '江苏'), else the text itself without its administrative ending. Null for an empty text.
 */
export function regionKey(text: string): string | null {
  const name = compact(text);
  if (name === '') return null;
  return provinceOf(name) ?? (name.replace(ADMINISTRATIVE_SUFFIX, '') || name);
}

/**
 * The region a regional recommending unit stands for, from its name (Article 7: the units of
 * provinces, planned cities and 兵团). Null for industry associations and for names that start
 * with no known province or planned city.
 */
export function unitRegion(unit: Pick<RecommendingUnit, 'kind' | 'name'>): string | null {
  return unit.kind === 'region' ? provinceOf(unit.name) : null;
}
