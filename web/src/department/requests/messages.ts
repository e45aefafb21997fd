export type RequestKind = 'revision' | 'extension' | 'completion';

export const text = {
  revision: { title: '申请调整目标', done: '已提交目标调整申请，待督考办审核' },
  extension: { title: '申请延期', done: '已提交延期申请，待督考办审核' },
  completion: { title: '申请办结', done: '已提交办结申请，待督考办审核销号' },
  target: '调整的指标',
  proposedValue: '建议目标值',
  proposedDeadline: '建议完成时限',
  newDeadline: '延期至',
  reason: '理由',
  summary: '办结说明',
  submit: '提交',
  cancel: '取消',
};
