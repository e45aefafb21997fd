// Each role's pages in the top bar.
import type { Role } from './api/types';

export const menus: Record<Role, { path: string; label: string }[]> = {
  department: [
    { path: '/department', label: '待办' },
    { path: '/department/scorecard', label: '本单位得分' },
  ],
  office: [
    { path: '/office', label: '待审批' },
    { path: '/office/tasks', label: '任务' },
    { path: '/office/tasks/new', label: '交办任务' },
    { path: '/office/inspections', label: '督办单' },
    { path: '/office/findings', label: '问题' },
    { path: '/office/plans/import', label: '导入方案' },
    { path: '/office/periods', label: '考核期' },
    { path: '/office/people', label: '人员' },
    { path: '/office/units', label: '单位' },
  ],
  leader: [{ path: '/leader', label: '看板' }],
  admin: [
    { path: '/admin', label: '死信' },
    { path: '/admin/node', label: '节点' },
    { path: '/admin/rules', label: '评分规则' },
    { path: '/admin/people', label: '人员' },
    { path: '/admin/jurisdictions', label: '辖区' },
    { path: '/admin/units', label: '单位' },
  ],
};
