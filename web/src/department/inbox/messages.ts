export const text = {
  title: '待办事项',
  intro: '本单位现在要处理的事项，按期限排列：点右侧按钮签收、填报或回复；点任务名称打开任务，可填报进展、申请调整目标、延期或办结。',
  empty: '暂无待办，您可以在下方查看本单位的任务。',
  tasks: '本单位的任务',
  overdue: '已逾期',
  kinds: {
    signTask: '签收任务', submitReport: '报送进展', resubmitReport: '重新报送', answerInspection: '回复督办单',
    rectifyFinding: '问题整改', resubmitCompletion: '办结被退回',
  } as Record<string, string>,
  act: { signTask: '签收', submitReport: '填报', resubmitReport: '重新填报', answerInspection: '回复', rectifyFinding: '整改', resubmitCompletion: '查看' } as Record<string, string>,
  signed: '已签收',
};
