// The office's inbox as decisions: each item names the task, finding, revision, extension or report it concerns, so
// approving or returning it is one request.
import * as tasks from '@/api/tasks';
import { reopenFinding, verifyFinding } from '@/api/supervision';
import type { InboxItem } from '@/api/types';

export const kinds: Record<string, string> = {
  decideRevision: '目标调整', decideExtension: '延期申请', decideCompletion: '办结申请', verifyRectification: '整改验收', reviewReport: '新收到的报告',
};

/** Every kind but a received report can be approved; a report is only returned (or left as received). */
export const approvable = (item: InboxItem) => item.kind !== 'reviewReport';

export function approve(item: InboxItem) {
  const task = item.taskId!;
  if (item.kind === 'decideRevision') return tasks.approveRevision(task, item.revisionId!);
  if (item.kind === 'decideExtension') return tasks.approveExtension(task, item.extensionId!);
  if (item.kind === 'decideCompletion') return tasks.approveCompletion(task);
  return verifyFinding(item.findingId!);
}

export function refuse(item: InboxItem, reason: string) {
  const task = item.taskId!;
  if (item.kind === 'decideRevision') return tasks.rejectRevision(task, item.revisionId!, reason);
  if (item.kind === 'decideExtension') return tasks.rejectExtension(task, item.extensionId!, reason);
  if (item.kind === 'decideCompletion') return tasks.returnCompletion(task, reason);
  if (item.kind === 'reviewReport') return tasks.returnReport(task, item.reportId!, reason);
  return reopenFinding(item.findingId!, reason);
}
