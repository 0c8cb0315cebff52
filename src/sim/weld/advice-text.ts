// Default text for the advice keys (advice.ts), in welder words: English and Simplified Chinese.
// A key is advice.<imperfection>.<cause>; the text is "<imperfection label>: <cause sentence>."
import type { SlotKey } from './defect-slots.ts';
import type { AdviceItem, AdviceParams } from './advice.ts';

export type Locale = 'en' | 'zh-CN';

const LABELS: Record<Locale, Record<SlotKey, string>> = {
  en: {
    crack: 'Crack',
    craterCrack: 'Crater crack',
    porosity: 'Porosity',
    surfacePore: 'Surface pores',
    endCrater: 'End crater',
    lackOfSideFusion: 'Lack of side-wall fusion',
    lackOfInterRunFusion: 'Lack of inter-run fusion',
    lackOfRootFusion: 'Lack of root fusion',
    lackOfPenetration: 'Lack of penetration',
    incompleteRootPenetration: 'Incomplete root penetration',
    undercut: 'Undercut',
    excessWeldMetal: 'Excess weld metal',
    excessConvexity: 'Excessive convexity',
    excessPenetration: 'Excess penetration',
    overlap: 'Overlap',
    sagging: 'Sagging',
    burnThrough: 'Burn-through',
    underfill: 'Underfill',
    asymmetry: 'Unequal legs',
    poorRestart: 'Poor restart',
    throatTooSmall: 'Throat too small',
    throatTooLarge: 'Throat too large',
    arcStrike: 'Arc strike',
    spatter: 'Spatter',
  },
  'zh-CN': {
    crack: '裂纹',
    craterCrack: '弧坑裂纹',
    porosity: '气孔',
    surfacePore: '表面气孔',
    endCrater: '收弧弧坑',
    lackOfSideFusion: '侧壁未熔合',
    lackOfInterRunFusion: '层间未熔合',
    lackOfRootFusion: '根部未熔合',
    lackOfPenetration: '未焊透',
    incompleteRootPenetration: '根部未焊透',
    undercut: '咬边',
    excessWeldMetal: '余高过大',
    excessConvexity: '凸度过大',
    excessPenetration: '焊透过量',
    overlap: '焊瘤',
    sagging: '下塌',
    burnThrough: '烧穿',
    underfill: '未焊满',
    asymmetry: '焊脚不对称',
    poorRestart: '接头不良',
    throatTooSmall: '焊喉厚度不足',
    throatTooLarge: '焊喉厚度过大',
    arcStrike: '电弧擦伤',
    spatter: '飞溅',
  },
};

const CAUSE_TEXT: Record<Locale, Record<string, string>> = {
  en: {
    travelFast:
      'travel speed is {ratio}× the chart value ({nominal} mm/s); slow down to about {nominal} mm/s',
    travelSlow:
      'travel speed is only {ratio}× the chart value ({nominal} mm/s); speed up to about {nominal} mm/s',
    travelVerySlow: 'at {actual} mm/s the pool runs ahead of the arc; speed up to about {nominal} mm/s',
    voltageHigh:
      'voltage is {delta} V above the {lo}–{hi} V window for {current} A on {wire} mm wire; lower it or slow down',
    voltageLow:
      'voltage is {delta} V below the {lo}–{hi} V window for {current} A on {wire} mm wire; raise it so the wire stops stubbing',
    currentHigh:
      'current is {actual} A, {ratio}× the {nominal} A this joint and position need; turn it down to about {target} A',
    currentLow:
      'current is only {actual} A, {ratio}× the {nominal} A this joint and position need; turn it up to about {target} A',
    wireFeedHigh:
      'the wire feed gives {actual} A, {ratio}× the {nominal} A this joint and position need; turn the wire feed down to about {target} m/min',
    wireFeedLow:
      'the wire feed gives only {actual} A, {ratio}× the {nominal} A this joint and position need; turn the wire feed up to about {target} m/min',
    ctwdLong: 'the contact tip is {actual} mm from the work, past the {lo}–{hi} mm band; close it up',
    arcLong: 'the arc is {actual} mm long, past the {lo}–{hi} mm band; hold a tighter arc',
    ctwdShort:
      'the contact tip is only {actual} mm from the work (band {lo}–{hi} mm); back off to save the tip',
    pushSteep: 'the torch is pushed at {angle}°; bring the travel angle back to 5–15°',
    dragSteep: 'the torch is dragged at {angle}°; bring the travel angle back to 5–15°',
    workAngleOff:
      'the work angle is {actual}°, {delta}° off the {ideal}° that splits the joint; bring it back to {ideal}°',
    aimOff: 'the wire is aimed {offset} mm off the joint line (band ±{band} mm); aim at the root',
    gasMissing: 'no shielding gas reaches the arc; open the cylinder and set {lo}–{hi} L/min',
    gasFlowLow: 'gas flow is only {flow} L/min; set {lo}–{hi} L/min',
    gasFlowHigh: 'gas flow of {flow} L/min is turbulent and pulls air in; set {lo}–{hi} L/min',
    draught: 'a {speed} m/s draught blows the gas away (AWS D1.1 limit {limit} m/s); screen the weld',
    gasWrong: '{gas} reacts with this pool; use pure argon or Ar-He',
    weaveWide:
      'the weave ({weave} mm) is far wider than the {bead} mm bead it can fill; narrow it or add runs',
    sprayOutOfPosition: 'spray transfer makes a pool too fluid for {position}; use short arc or pulse',
    poolTooLarge:
      'the pool is too big for {position}: {actual} A where about {nominal} A is right; turn down',
    heatHighThin:
      'heat input is {ratio}× the chart value for {thickness} mm sheet; travel faster or turn down',
    globularArgon:
      '{current} A is below the {sprayMin} A spray transition of {wire} mm wire, so the arc runs globular; go above it or down to short arc',
    aboveSprayRange:
      '{current} A is above the {max} A spray range of {wire} mm wire and the stream rotates; turn down or use a bigger wire',
    preheatLow:
      'CE {ce} needs about {required} °C preheat on this joint and it is {preheat} °C; preheat and use low-hydrogen wire',
    deepNarrowBead:
      'the bead is deeper than it is wide (depth/width {ratio}); widen it with more voltage or less current',
    restartCold:
      'the restart at {at} mm does not reach back over the previous crater; restart on the end of the bead',
    arcOffJoint: 'the arc burned {offset} mm outside the joint; strike in the joint',
    craterNotFilled: 'the arc stopped without filling the crater; use crater fill or back-step at the end',
    capShape:
      'the bead stands tall for its width; a volt or two more, or slightly faster travel, flattens it',
    metalBalance:
      'wire feed and travel speed do not deposit the size this joint needs; match them to the chart',
    legBalance: 'the legs come out unequal; hold the torch on the bisector and aim at the root',
  },
  'zh-CN': {
    travelFast: '焊接速度是工艺表值（{nominal} mm/s）的 {ratio} 倍；放慢到约 {nominal} mm/s',
    travelSlow: '焊接速度只有工艺表值（{nominal} mm/s）的 {ratio} 倍；加快到约 {nominal} mm/s',
    travelVerySlow: '速度 {actual} mm/s 太慢，熔池跑到电弧前面；加快到约 {nominal} mm/s',
    voltageHigh: '电压比 {wire} mm 焊丝在 {current} A 时的 {lo}–{hi} V 范围高 {delta} V；降低电压或放慢速度',
    voltageLow:
      '电压比 {wire} mm 焊丝在 {current} A 时的 {lo}–{hi} V 范围低 {delta} V；提高电压，避免焊丝顶丝',
    currentHigh: '电流 {actual} A，是该接头和位置所需 {nominal} A 的 {ratio} 倍；调低到约 {target} A',
    currentLow: '电流只有 {actual} A，是该接头和位置所需 {nominal} A 的 {ratio} 倍；调高到约 {target} A',
    wireFeedHigh:
      '送丝速度对应 {actual} A，是该接头和位置所需 {nominal} A 的 {ratio} 倍；送丝速度调低到约 {target} m/min',
    wireFeedLow:
      '送丝速度只对应 {actual} A，是该接头和位置所需 {nominal} A 的 {ratio} 倍；送丝速度调高到约 {target} m/min',
    ctwdLong: '导电嘴到工件距离 {actual} mm，超出 {lo}–{hi} mm 范围；压低焊枪',
    arcLong: '弧长 {actual} mm，超出 {lo}–{hi} mm 范围；压短电弧',
    ctwdShort: '导电嘴到工件距离只有 {actual} mm（范围 {lo}–{hi} mm）；抬高焊枪，保护导电嘴',
    pushSteep: '焊枪前倾（推焊）{angle}°；把行走角恢复到 5–15°',
    dragSteep: '焊枪后倾（拉焊）{angle}°；把行走角恢复到 5–15°',
    workAngleOff: '工作角 {actual}°，偏离平分接头的 {ideal}° 达 {delta}°；恢复到 {ideal}°',
    aimOff: '焊丝对准偏离焊缝中心 {offset} mm（允许 ±{band} mm）；对准根部',
    gasMissing: '电弧处没有保护气；打开气瓶并调到 {lo}–{hi} L/min',
    gasFlowLow: '气体流量只有 {flow} L/min；调到 {lo}–{hi} L/min',
    gasFlowHigh: '气体流量 {flow} L/min 形成紊流并卷入空气；调到 {lo}–{hi} L/min',
    draught: '{speed} m/s 的风吹散了保护气（AWS D1.1 限值 {limit} m/s）；设置挡风',
    gasWrong: '{gas} 会与熔池反应；改用纯氩或氩氦混合气',
    weaveWide: '摆动宽度 {weave} mm 远大于能填满的 {bead} mm 焊道；减小摆幅或增加焊道',
    sprayOutOfPosition: '喷射过渡熔池太稀，不适合 {position} 位置；改用短路过渡或脉冲',
    poolTooLarge: '{position} 位置熔池太大：{actual} A，合适约 {nominal} A；调低电流',
    heatHighThin: '热输入是 {thickness} mm 薄板工艺表值的 {ratio} 倍；加快速度或调低电流',
    globularArgon:
      '{current} A 低于 {wire} mm 焊丝的喷射临界电流 {sprayMin} A，电弧成为粗滴过渡；提高到临界以上或降到短路过渡',
    aboveSprayRange: '{current} A 超出 {wire} mm 焊丝的喷射范围上限 {max} A，熔滴旋转；调低电流或换粗焊丝',
    preheatLow: '碳当量 {ce} 在此接头需要约 {required} °C 预热，目前只有 {preheat} °C；预热并使用低氢焊材',
    deepNarrowBead: '焊道深大于宽（深宽比 {ratio}）；提高电压或降低电流使焊道变宽',
    restartCold: '{at} mm 处的再引弧没有搭接到前一段弧坑；在焊道末端重新引弧',
    arcOffJoint: '电弧在接头外 {offset} mm 处燃烧；在坡口内引弧',
    craterNotFilled: '收弧时没有填满弧坑；使用收弧填坑功能或回焊收弧',
    capShape: '焊道相对宽度过高；电压提高一两伏或稍加快速度可使焊道变平',
    metalBalance: '送丝速度与焊接速度的配合不能得到接头所需的焊缝尺寸；按工艺表调整',
    legBalance: '两侧焊脚不等；焊枪保持在角平分线上并对准根部',
  },
};

function fill(template: string, params: AdviceParams): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Every advice key that has text, for tests and for the app's i18n bundle. */
export function adviceKeys(locale: Locale = 'en'): { labels: readonly string[]; causes: readonly string[] } {
  return { labels: Object.keys(LABELS[locale]), causes: Object.keys(CAUSE_TEXT[locale]) };
}

/** "Undercut: voltage is 4 V above the 24–26 V window …." — text of a keyed advice item. */
export function renderAdvice(item: AdviceItem, locale: Locale = 'en'): string {
  const [, slot, cause] = item.key.split('.') as [string, SlotKey, string];
  const label = LABELS[locale][slot] ?? slot;
  const text = CAUSE_TEXT[locale][cause];
  if (text === undefined) return `${label}: ${cause}`;
  return locale === 'en' ? `${label}: ${fill(text, item.params)}.` : `${label}：${fill(text, item.params)}。`;
}
