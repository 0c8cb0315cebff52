// Bilingual texts the grader writes itself (labels and coaching for engine-generated items).
import type { Bilingual } from '../schema/common.ts';
import { pow } from '../../sim/core/fmath.ts';

const fmt = (n: number, digits = 1) => (Math.round(n * pow(10, digits)) / pow(10, digits)).toString();

export const T = {
  goalMissed: (goal: Bilingual): Bilingual => ({
    en: `Goal not reached: ${goal.en}`,
    'zh-CN': `未完成目标：${goal['zh-CN']}`,
  }),
  seamLabel: (id: string): Bilingual => ({ en: `Seam ${id} (ISO 5817)`, 'zh-CN': `焊缝 ${id}（ISO 5817）` }),
  seamAdvice: (id: string, got: string, required: string, worldAdvice: readonly string[]): Bilingual => ({
    en: `Seam ${id} reached ${got === 'none' ? 'no level (not welded)' : got === 'reject' ? 'reject' : `level ${got}`}; ${required} or better was required.${worldAdvice.length ? ' ' + worldAdvice.join(' ') : ' Compare your settings with the WPS and watch the bead.'}`,
    'zh-CN': `焊缝 ${id} 的质量等级为 ${got === 'none' ? '无（未焊接）' : got === 'reject' ? '不合格' : got}，要求 ${required} 级或更好。请对照焊接工艺规程检查参数并观察焊道。`,
  }),
  /** The seam met its required level, but the level earns only part of its points (rubric levelCredit). */
  seamPartial: (
    id: string,
    got: string,
    required: string,
    credit: number,
    worldAdvice: readonly string[],
  ): Bilingual => ({
    en: `Seam ${id} reached level ${got}: accepted (${required} or better was required), but level ${got} earns ${fmt(credit * 100, 0)} % of the points; a cleaner bead earns more.${worldAdvice.length ? ' ' + worldAdvice.join(' ') : ''}`,
    'zh-CN': `焊缝 ${id} 的质量等级为 ${got}：合格（要求 ${required} 级或更好），但 ${got} 级只得 ${fmt(credit * 100, 0)}% 的分数；焊道更好可得更多分。`,
  }),
  cycleLabel: { en: 'Cycle time', 'zh-CN': '节拍时间' } as Bilingual,
  cycleAdvice: (s: number, target: number): Bilingual => ({
    en: `The cycle took ${fmt(s)} s against a target of ${fmt(target)} s: plan the steps before you start and avoid idle time.`,
    'zh-CN': `节拍用时 ${fmt(s)} 秒，目标为 ${fmt(target)} 秒：开始前先规划步骤，减少等待时间。`,
  }),
  cycleNotReached: {
    en: 'The timed part of the exercise was not completed, so there is no cycle time.',
    'zh-CN': '计时部分没有完成，因此没有节拍时间。',
  } as Bilingual,
  bandAdvice: (advice: Bilingual, share: number): Bilingual => ({
    en: `${advice.en} (in band ${fmt(share * 100, 0)} % of the time)`,
    'zh-CN': `${advice['zh-CN']}（在范围内的时间占 ${fmt(share * 100, 0)}%）`,
  }),
  noArcTime: {
    en: 'No time was measured for this band (did the arc burn?).',
    'zh-CN': '该项没有测量时间（是否起弧焊接？）。',
  } as Bilingual,
  faultLabel: (id: string): Bilingual => ({ en: `Handling of ${id}`, 'zh-CN': `处理 ${id}` }),
  faultNotInjected: {
    en: 'The fault never occurred in this attempt (the weld did not get that far).',
    'zh-CN': '本次练习中故障没有出现（焊接没有进行到那一步）。',
  } as Bilingual,
  faultAdvice: (parts: string[], zh: string[]): Bilingual => ({
    en: `When the alarm comes: stop safely first, then find the cause, fix it and resume. ${parts.join(' ')}`,
    'zh-CN': `出现报警时：先安全停止，再查找原因、排除故障后继续。${zh.join('')}`,
  }),
  safetyEventLabel: (code: string): Bilingual => ({
    en: `Safety event: ${code}`,
    'zh-CN': `安全事件：${code}`,
  }),
  safetyEventAdvice: (code: string, n: number): Bilingual => ({
    en: `${n} safety event${n === 1 ? '' : 's'} "${code}" recorded. Keep out of the hazard zone while the robot can move or the arc can strike, and use the stops as the cell's safety rules say.`,
    'zh-CN': `记录到 ${n} 次安全事件“${code}”。机器人可能运动或起弧时不要进入危险区域，并按单元安全规定使用停止功能。`,
  }),
  failRule: (message: Bilingual): Bilingual => ({
    en: `Failing rule broken: ${message.en}`,
    'zh-CN': `违反否决项：${message['zh-CN']}`,
  }),
  failGoal: (goal: Bilingual): Bilingual => ({
    en: `Required goal not reached: ${goal.en}`,
    'zh-CN': `未完成必需目标：${goal['zh-CN']}`,
  }),
  failSeam: (id: string, got: string, required: string): Bilingual => ({
    en: `Seam ${id} is ${got}, below the required ISO 5817 level ${required}`,
    'zh-CN': `焊缝 ${id} 为 ${got}，低于要求的 ISO 5817 ${required} 级`,
  }),
  failScore: (score: number, pass: number): Bilingual => ({
    en: `Score ${fmt(score)} is below the pass mark ${fmt(pass)}`,
    'zh-CN': `得分 ${fmt(score)} 低于及格线 ${fmt(pass)}`,
  }),
  fmt,
};
