// The office's decisions awaiting it, read from the inbox and the tasks and findings it names (the ids to act on).
import { getFinding, inbox } from '@/api/supervision';
import { getTask } from '@/api/tasks';
import type { Finding, Task } from '@/api/types';
import { useLoad } from '@/shared/useAction';

export type Decision =
  | { kind: 'revision'; task: Task; id: string; detail: string; unit: string }
  | { kind: 'extension'; task: Task; id: string; detail: string; unit: string }
  | { kind: 'completion'; task: Task; id: string; detail: string; unit: string }
  | { kind: 'rectification'; finding: Finding; task: null; id: string; detail: string; unit: string };

export function useDecisions() {
  return useLoad(async (): Promise<Decision[]> => {
    const items = await inbox();
    const taskIds = [...new Set(items.filter((i) => i.kind !== 'verifyRectification' && i.taskId).map((i) => i.taskId!))];
    const findingIds = [...new Set(items.filter((i) => i.kind === 'verifyRectification').map((i) => i.findingId!))];
    const [tasks, findings] = await Promise.all([Promise.all(taskIds.map(getTask)), Promise.all(findingIds.map(getFinding))]);
    return [
      ...tasks.flatMap((task): Decision[] => [
        ...task.pendingRevisions.map((r): Decision => ({ kind: 'revision', task, id: r.revisionId, unit: r.unit,
          detail: `${r.targetId ? `${task.targets.find((t) => t.id === r.targetId)?.metric ?? r.targetId} 调整为 ${r.proposedValue ?? '—'}` : ''}${r.proposedDeadline ? ` 时限调整为 ${r.proposedDeadline}` : ''}：${r.reason}` })),
        ...task.extensions.filter((x) => x.status === 'pending').map((x): Decision => ({ kind: 'extension', task, id: x.extensionId, unit: x.unit,
          detail: `由 ${x.previousDeadline} 延期至 ${x.requestedDeadline}：${x.reason}` })),
        ...(task.status === 'completionRequested' ? [{ kind: 'completion', task, id: task.id, unit: task.leadUnits[0] ?? '', detail: '申请办结，待审核销号' } as Decision] : []),
      ]),
      ...findings.map((f): Decision => ({ kind: 'rectification', finding: f, task: null, id: f.id, unit: f.unit,
        detail: `${f.description}；整改：${f.rectifications.at(-1)?.text ?? ''}` })),
    ];
  });
}
