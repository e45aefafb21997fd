// Words the workbench shows for the API's codes (one place for every page that needs them).
import type { DueStatus, Light, Role, TaskStatus } from '@/api/types';

export const lightNames: Record<Light, string> = { red: '红灯', yellow: '黄灯', blue: '蓝灯', none: '无灯' };
export const statusNames: Record<TaskStatus, string> = {
  assigned: '已交办', inProgress: '推进中', completionRequested: '申请办结', closed: '已销号', withdrawn: '已撤销',
};
export const dueNames: Record<DueStatus, string> = { pending: '待报', onTime: '按时', late: '逾期报送', missing: '未报' };
export const roleNames: Record<Role, string> = { department: '部门联络员', office: '督考办', leader: '领导', admin: '管理员' };
export const cadenceNames: Record<string, string> = { monthly: '每月', quarterly: '每季度', halfYearly: '每半年', annual: '每年' };
export const comparatorNames: Record<string, string> = {
  atMost: '不高于', atLeast: '不低于', equal: '等于', reduceBy: '降低', increaseBy: '提高', lessThan: '低于', moreThan: '高于',
};
export const dimensionNames: Record<string, string> = {
  sewageTreatment: '治污水', floodControl: '防洪水', drainage: '排涝水', waterSupply: '保供水', waterSaving: '抓节水',
};
export const severityNames: Record<string, string> = { general: '一般', key: '重点', listed: '挂牌', minor: '轻微', serious: '严重' };
export const findingStatusNames: Record<string, string> = { open: '待整改', rectificationSubmitted: '已提交整改', closed: '已销号' };

export const eventNames: Record<string, string> = {
  task_assigned: '交办', task_accepted: '签收', progress_reported: '报送进展', report_returned: '报告退回', target_revision_requested: '申请调整目标',
  target_revised: '目标调整', target_revision_rejected: '目标调整驳回', completion_requested: '办结申请', task_closed: '销号', completion_returned: '办结退回',
  extension_requested: '延期申请', extension_approved: '同意延期', extension_rejected: '驳回延期', reminder_issued: '催办', warning_raised: '亮灯',
  warning_cleared: '灭灯', reporting_schedule_set: '调整报送周期', task_dimension_reassigned: '调整五水共治维度',
  task_details_revised: '修改任务内容', task_units_reassigned: '调整责任单位', task_passed_to_successor: '机构改革移交', target_added: '新增目标', target_redefined: '重定目标',
  target_withdrawn: '撤销目标', task_withdrawn: '撤销任务', task_reinstated: '恢复任务',
};
export const columnRoleNames: Record<string, string> = {
  number: '序号', category: '类别', content: '任务内容', lead: '牵头单位', participating: '参与单位', deadline: '完成时限', remark: '备注',
};
export const unitKindNames: Record<string, string> = { department: '部门', collective: '集体', enterprise: '企业', government: '政府', party: '党群部门' };

export const eventName = (type: string) => eventNames[type] ?? type.replace(/_/g, ' ');
