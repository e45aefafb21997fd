// Inbox, evidence, 督办单 and findings: one function per endpoint.
import { download, get, getPage, post, upload } from './http';
import type { Changed, EvidenceStored, Finding, InboxItem, Inspection } from './types';

export const inbox = (page = 1, pageSize = 50) => getPage<InboxItem>('/api/inbox', { page, pageSize });

export const uploadEvidence = (file: File, onProgress: (percent: number) => void) => upload<EvidenceStored>('/api/evidence', file, onProgress);
export const evidenceMetadata = (id: string) => get<EvidenceStored>(`/api/evidence/${id}/metadata`);
export const downloadEvidence = (id: string, fileName: string) => download(`/api/evidence/${id}`, undefined, fileName);

export interface IssueInput { jurisdiction: string; taskIds: string[]; instructions: string; severity: string; responseDeadline: string }
export const issueInspection = (input: IssueInput) => post<Changed>('/api/inspections', input);
export const signInspection = (id: string) => post<Changed>(`/api/inspections/${id}/sign`);
export const respondToInspection = (id: string, text: string, evidenceIds: string[]) => post<Changed>(`/api/inspections/${id}/respond`, { text, evidenceIds });
export const getInspection = (id: string) => get<Inspection>(`/api/inspections/${id}`);
export const listInspections = (page = 1, pageSize = 50) => getPage<Inspection>('/api/inspections', { page, pageSize });

export interface FindingInput { taskId: string; unit: string; description: string; category: string; severity: string; rectificationDeadline: string; veto: boolean }
export const recordFinding = (input: FindingInput) => post<Changed>('/api/findings', input);
export const rectify = (id: string, text: string, evidenceIds: string[]) => post<Changed>(`/api/findings/${id}/rectifications`, { text, evidenceIds });
export const verifyFinding = (id: string) => post<Changed>(`/api/findings/${id}/verify`);
export const reopenFinding = (id: string, reason: string) => post<Changed>(`/api/findings/${id}/reopen`, { reason });
export const getFinding = (id: string) => get<Finding>(`/api/findings/${id}`);
export const listFindings = (query: { taskId?: string; unit?: string; open?: boolean; page?: number; pageSize?: number }) =>
  getPage<Finding>('/api/findings', query);
