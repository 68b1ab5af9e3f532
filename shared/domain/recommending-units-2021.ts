import type { RecommendingUnit } from './recommending-unit';

/** 推荐单位名录 (2021), Attachment 2 of the seed, in its order; the default for a new year. */
export const recommendingUnits2021: readonly RecommendingUnit[] = Object.freeze([
  // 1–37: provincial-level, separately planned city and 兵团 authorities (Article 7).
  region('u01', '北京市经济和信息化局'),
  region('u02', '天津市工业和信息化局'),
  region('u03', '河北省工业和信息化厅'),
  region('u04', '山西省经济和信息化厅'),
  region('u05', '内蒙古自治区工业和信息化厅'),
  region('u06', '辽宁省工业和信息化厅'),
  region('u07', '吉林省工业和信息化厅'),
  region('u08', '黑龙江省工业和信息化厅'),
  region('u09', '上海市经济和信息化委员会'),
  region('u10', '江苏省工业和信息化厅'),
  region('u11', '浙江省经济和信息化厅'),
  region('u12', '安徽省经济和信息化厅'),
  region('u13', '福建省工业和信息化厅'),
  region('u14', '江西省工业和信息化厅'),
  region('u15', '山东省工业和信息化厅'),
  region('u16', '河南省工业和信息化厅'),
  region('u17', '湖北省经济和信息化厅'),
  region('u18', '湖南省工业和信息化厅'),
  region('u19', '广东省工业和信息化厅'),
  region('u20', '广西壮族自治区工业和信息化厅'),
  region('u21', '海南省工业和信息化厅'),
  region('u22', '重庆市经济和信息化委员会'),
  region('u23', '四川省经济和信息化厅'),
  region('u24', '贵州省工业和信息化厅'),
  region('u25', '云南省工业和信息化厅'),
  region('u26', '西藏自治区经济和信息化厅'),
  region('u27', '陕西省工业和信息化厅'),
  region('u28', '甘肃省工业和信息化厅'),
  region('u29', '青海省工业和信息化厅'),
  region('u30', '宁夏回族自治区工业和信息化厅'),
  region('u31', '新疆维吾尔自治区工业和信息化厅'),
  region('u32', '大连市工业和信息化局'),
  region('u33', '宁波市经济和信息化局'),
  region('u34', '厦门市工业和信息化局'),
  region('u35', '青岛市工业和信息化局'),
  region('u36', '深圳市工业和信息化局'),
  region('u37', '新疆生产建设兵团工业和信息化厅'),
  // 38–49: national industry associations.
  industry('u38', '中国机械工业联合会'),
  industry('u39', '中国机械工业质量管理协会'),
  industry('u40', '中国钢铁工业协会'),
  industry('u41', '中国有色金属工业协会'),
  industry('u42', '中国石油和化学工业联合会'),
  industry('u43', '中国轻工业联合会'),
  industry('u44', '中国纺织工业联合会'),
  industry('u45', '中国建筑材料联合会'),
  industry('u46', '中国电子信息行业联合会'),
  industry('u47', '中国电子质量管理协会'),
  industry('u48', '中国中小企业协会'),
  industry('u49', '中国质量协会'),
]);

function region(id: string, name: string): RecommendingUnit {
  return Object.freeze({ id, name, kind: 'region', ranOwnBenchmarkActivity: false });
}

function industry(id: string, name: string): RecommendingUnit {
  return Object.freeze({ id, name, kind: 'industry', ranOwnBenchmarkActivity: false });
}
