// /api/tasks: one function per endpoint.
import { get, getPage, post, put } from './http';
import type { Changed, Dimension, HistoryEntry, LightChange, ReportAccepted, Schedule, Task, TaskReports } from './types';

export interface TargetInput { metric: string; comparator: string; value: number | null; unit: string; year: number | null }
export interface AssignInput { jurisdiction: string; title: string; content: string; category: string[]; leadUnits: string[]; participatingUnits: string[]; deadline: string; targets: TargetInput[] }
export interface ReportInput { period: string; progressPercent: number; readings: { targetId: string; value: number }[]; narrative: string; evidenceIds: string[] }

const base = (id: string) => `/api/tasks/${id}`;

export const assignTask = (input: AssignInput) => post<Changed>('/api/tasks', input);
export const getTask = (id: string) => get<Task>(base(id));
export const getHistory = (id: string, page = 1, pageSize = 50) => getPage<HistoryEntry>(`${base(id)}/history`, { page, pageSize });
export const getReports = (id: string) => get<TaskReports>(`${base(id)}/reports`);
export const getLights = (id: string) => get<LightChange[]>(`${base(id)}/lights`);
export const acceptTask = (id: string) => post<Changed>(`${base(id)}/accept`);
/** The Idempotency-Key makes a double click or a retry land once. */
export const submitReport = (id: string, input: ReportInput, key: string) =>
  post<ReportAccepted>(`${base(id)}/reports`, input, { 'Idempotency-Key': key });
export const returnReport = (id: string, reportId: string, reason: string) => post<Changed>(`${base(id)}/reports/${reportId}/return`, { reason });
export const requestRevision = (id: string, input: { targetId?: string; proposedValue?: number; proposedDeadline?: string; reason: string }) =>
  post<Changed>(`${base(id)}/target-revisions`, input);
export const approveRevision = (id: string, revisionId: string) => post<Changed>(`${base(id)}/target-revisions/${revisionId}/approve`);
export const rejectRevision = (id: string, revisionId: string, reason: string) => post<Changed>(`${base(id)}/target-revisions/${revisionId}/reject`, { reason });
export const requestExtension = (id: string, input: { newDeadline: string; reason: string }) => post<Changed>(`${base(id)}/extensions`, input);
export const approveExtension = (id: string, extensionId: string) => post<Changed>(`${base(id)}/extensions/${extensionId}/approve`);
export const rejectExtension = (id: string, extensionId: string, reason: string) => post<Changed>(`${base(id)}/extensions/${extensionId}/reject`, { reason });
export const requestCompletion = (id: string, summary: string) => post<Changed>(`${base(id)}/completion`, { summary });
export const approveCompletion = (id: string) => post<Changed>(`${base(id)}/completion/approve`);
export const returnCompletion = (id: string, reason: string) => post<Changed>(`${base(id)}/completion/return`, { reason });
export const chase = (id: string, reason: string, period?: string) => post<Changed>(`${base(id)}/reminders`, { reason, period });
export const setReporting = (id: string, schedule: Schedule) => put<Changed>(`${base(id)}/reporting`, schedule);
export const setDimension = (id: string, dimension: Dimension) => put<Changed>(`${base(id)}/dimension`, { dimension });
