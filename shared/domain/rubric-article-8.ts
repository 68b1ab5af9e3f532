import type { RubricBand, RubricCriterion } from './rubric';

// Article 8 gives the criteria and their sentences but no points and no grades: the weights
// (30/30/40, split equally between the two parts) and the grades are placeholders.

/** The three criteria of Article 8 (遴选标准), each sentence copied from the article. */
export const article8Criteria: readonly RubricCriterion[] = [
  {
    id: 'c1',
    numeral: '一',
    title: '科学性和创新性',
    weight: 30,
    parts: [
      {
        id: 'c1p1',
        text: '所应用的管理方法（技术）符合科学规律，符合质量管理基本规律。',
        maxPoints: 15,
        bandDescriptors: {
          excellent: '所应用的管理方法（技术）完全符合科学规律和质量管理基本规律，原理阐述准确。',
          good: '符合科学规律和质量管理基本规律，个别原理阐述不够充分。',
          fair: '基本符合科学规律，与质量管理基本规律的联系说明不足。',
          poor: '未能说明所应用的管理方法（技术）符合科学规律或质量管理基本规律。',
        },
      },
      {
        id: 'c1p2',
        text: '所借鉴的管理方法（技术）能结合企业实际进行应用，并具有创新性；或是企业结合实际独创且有效的管理方法。',
        maxPoints: 15,
        bandDescriptors: {
          excellent:
            '借鉴的方法与企业实际深度结合并有明显创新，或为企业结合实际独创且成效显著的方法。',
          good: '能结合企业实际应用并有一定创新，或为企业独创且较为有效的方法。',
          fair: '与企业实际结合不够深入，创新性有限。',
          poor: '照搬照抄，缺乏结合企业实际的应用和创新。',
        },
      },
    ],
  },
  {
    id: 'c2',
    numeral: '二',
    title: '系统性和示范性',
    weight: 30,
    parts: [
      {
        id: 'c2p1',
        text: '典型经验应是企业实践多年的成熟方法，逻辑清晰，内容完整，能展示对该管理方法（技术）的系统性应用情况，如相关推进目标、组织保障、政策制度、资源配置和实施过程等。',
        maxPoints: 15,
        bandDescriptors: {
          excellent:
            '为企业实践多年的成熟方法，逻辑清晰、内容完整，推进目标、组织保障、政策制度、资源配置和实施过程等展示充分。',
          good: '方法较成熟，逻辑较清晰，系统性应用情况展示较完整，个别要素说明不足。',
          fair: '实践时间较短或逻辑、内容欠完整，系统性应用情况展示不足。',
          poor: '方法尚不成熟，逻辑不清、内容残缺，未能展示系统性应用。',
        },
      },
      {
        id: 'c2p2',
        text: '典型经验对关键环节重点说明，包括从中获得的经验或教训，特色和亮点鲜明，具有示范性。',
        maxPoints: 15,
        bandDescriptors: {
          excellent: '关键环节说明重点突出，经验或教训总结深刻，特色和亮点鲜明，示范性强。',
          good: '关键环节有重点说明，经验或教训总结较好，有一定特色和亮点，具有示范性。',
          fair: '关键环节说明不够突出，经验或教训总结一般，特色和示范性不明显。',
          poor: '未对关键环节作重点说明，缺乏经验或教训总结，不具示范性。',
        },
      },
    ],
  },
  {
    id: 'c3',
    numeral: '三',
    title: '显效性和发展性',
    weight: 40,
    parts: [
      {
        id: 'c3p1',
        text: '有充分的数据和事实说明，通过应用该管理方法（技术），企业的质量和效益水平得到明显提升。并有与竞争对手和标杆的对比数据，说明在同行业中处于领先水平。',
        maxPoints: 20,
        bandDescriptors: {
          excellent:
            '数据和事实充分，质量和效益水平提升明显，并有与竞争对手和标杆的对比数据，证明处于同行业领先水平。',
          good: '数据和事实较充分，质量和效益提升较明显，有一定对比数据，处于同行业先进水平。',
          fair: '数据和事实不够充分，提升效果一般，缺少与竞争对手和标杆的有效对比。',
          poor: '缺乏数据和事实支撑，提升效果不明显或无法证实。',
        },
      },
      {
        id: 'c3p2',
        text: '有证据表明，应用该管理方法（技术）提升企业质量管控能力的典型经验，在同行业具有普遍适用性和可借鉴性。',
        maxPoints: 20,
        bandDescriptors: {
          excellent:
            '有充分证据表明该经验提升了企业质量管控能力，在同行业具有普遍适用性和可借鉴性。',
          good: '证据较充分，在同行业具有较好的适用性和可借鉴性。',
          fair: '证据不够充分，适用性和可借鉴性有限。',
          poor: '缺乏证据，适用范围局限于本企业，难以借鉴推广。',
        },
      },
    ],
  },
];

/** 优/良/中/差 by the share of a part's maximum: ≥ 90 %, 75–89 %, 60–74 %, < 60 %. */
export const article8Bands: readonly RubricBand[] = [
  {
    id: 'excellent',
    label: '优',
    minRatio: 0.9,
    descriptor: '完全符合本项标准，论述充分，数据和事实确凿，示范和借鉴价值突出。',
  },
  {
    id: 'good',
    label: '良',
    minRatio: 0.75,
    descriptor: '较好符合本项标准，论述较充分，证据较完整，个别方面有待加强。',
  },
  {
    id: 'fair',
    label: '中',
    minRatio: 0.6,
    descriptor: '基本符合本项标准，论述或证据存在明显不足。',
  },
  {
    id: 'poor',
    label: '差',
    minRatio: 0,
    descriptor: '不符合本项标准，或未能说明符合本项标准。',
  },
];
