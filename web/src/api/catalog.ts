// Plans, units, the ledger and warnings: one function per endpoint.
import { download, get, getPage, post, upload, type Query } from './http';
import type { ImportSummary, PlanDetails, PlanPreview, PlanProgress, PlanSummary, Task, TaskLight, Unit } from './types';

export interface TaskFilter { unit?: string; category?: string; status?: string; light?: string; page?: number; pageSize?: number }
export interface TableDetails {
  jurisdiction: string; title: string; planId?: string; defaultDeadline?: string; issuedOn?: string; acceptProposedUnits?: boolean;
}

export const listPlans = () => get<PlanSummary[]>('/api/plans');
export const getPlan = (id: string) => get<PlanDetails>(`/api/plans/${id}`);
export const planTasks = (id: string, filter: TaskFilter) => getPage<Task>(`/api/plans/${id}/tasks`, filter as Query);
export const planProgress = (id: string, asOf?: string) => get<PlanProgress>(`/api/plans/${id}/progress`, { asOf });
/** A .docx or table text read as the import would read it, with what it would change: nothing is appended. */
export const previewPlan = (file: File, details: TableDetails, onProgress: (percent: number) => void) =>
  upload<PlanPreview>('/api/plans/preview', file, onProgress, details as unknown as Query);
/** A .docx or table text: the jurisdiction and title come with it; the whole import lands or none of it. */
export const importPlan = (file: File, details: TableDetails, onProgress: (percent: number) => void) =>
  upload<ImportSummary>('/api/plans/import', file, onProgress, details as unknown as Query);
export const listUnits = (jurisdiction?: string) => get<Unit[]>('/api/units', { jurisdiction });
export const listWarnings = (query: { jurisdiction?: string; light?: string; asOf?: string; page?: number; pageSize?: number }) =>
  getPage<TaskLight>('/api/warnings', query);
export const evaluateWarnings = () => post<{ reminders: number }>('/api/warnings/evaluate');
/** 台账: the tasks of a jurisdiction (a plan's or assigned by hand), optionally those a unit leads or takes part in. */
export const ledger = (query: { jurisdiction?: string; planId?: string; unit?: string; page?: number; pageSize?: number }) =>
  getPage<Task>('/api/ledger', query);
export const exportLedger = (jurisdiction: string, format: 'csv' | 'xlsx') =>
  download('/api/ledger', { jurisdiction, format }, `任务台账_${jurisdiction}.${format}`);
