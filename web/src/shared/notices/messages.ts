// The words of the notices page and badge.
import type { NoticeKind } from '@/api/notices';

export const kindNames: Record<NoticeKind, string> = {
  reminder: '临期提醒', chase: '催办', reportReturned: '报送退回', completionReturned: '办结退回', taskClosed: '销号',
  inspectionIssued: '督办单', inspectionEscalated: '督办逾期', findingRecorded: '督查问题', requestDecided: '申请结果',
  lightChanged: '黄灯预警', redLight: '红灯预警', awaitingDecision: '待审核',
};

export const text = {
  title: '消息', unreadOnly: '只看未读', markAll: '全部标为已读', open: '打开', markRead: '标为已读', empty: '暂无消息',
  preferences: '提醒设置', muted: '不接收', digest: '改为每日汇总', quiet: '免打扰时段（北京时间）', save: '保存', saved: '已保存',
  badge: '消息',
};
