// Everything a task page shows, read together: the task, its reports per period, its light history and findings (its
// events are paged by TaskRecord itself).
import { getLights, getReports, getTask } from '@/api/tasks';
import { listFindings } from '@/api/supervision';
import { useLookups } from '@/shared/lookups';
import { useLoad } from '@/shared/useAction';

export function useTask(id: () => string) {
  const lookups = useLookups();
  return useLoad(async () => {
    const [task, reports, lights, findings] = await Promise.all([
      getTask(id()), getReports(id()), getLights(id()), listFindings({ taskId: id(), pageSize: 100 }),
    ]);
    await lookups.loadUnits(task.jurisdiction);
    return { task, reports, lights, findings: findings.items };
  });
}

export type LoadedTask = NonNullable<ReturnType<typeof useTask>['data']['value']>;
