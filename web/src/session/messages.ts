export const text = {
  title: '节水行动督考工作台',
  pick: '请选择登录身份（开发环境）',
  filter: '按单位或辖区名称筛选',
  office: '督考办与领导',
  departments: '部门',
  admin: '系统管理员',
  oidc: '使用统一身份认证登录',
  oidcGoing: '正在前往统一身份认证…',
  none: '本系统尚未配置登录方式，请联系管理员（配置 Auth__Authority 与 Auth__ClientId）。',
  returning: '正在完成登录…',
};
