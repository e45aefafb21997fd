// Scorecards, 五水共治, periods, rules and administration: one function per endpoint.
import { download, get, post, type Query } from './http';
import type { DeadLetters, DimensionCell, FiveWaterView, NodeView, PublishedAssessment, Scorecards, ScoringRules, UnitScore, UnitSummary } from './types';

export interface Scope { jurisdiction?: string; period?: string; asOf?: string; ruleVersion?: number; view?: string }

export const scorecards = (scope: Scope) => get<Scorecards>('/api/scorecards', scope as Query);
export const unitScore = (unit: string, scope: Scope) => get<UnitSummary>(`/api/scorecards/${unit}`, scope as Query);
export const explainScore = (unit: string, scope: Scope) => get<UnitScore>(`/api/scorecards/${unit}/explain`, scope as Query);
export const fiveWater = (scope: Scope) => get<FiveWaterView>('/api/assessments/five-water', scope as Query);
export const explainFiveWater = (scope: Scope, dimension: string) => get<DimensionCell>('/api/assessments/five-water/explain', { ...scope, dimension } as Query);
export const exportTable = (path: 'scorecards' | 'rankings' | 'assessments/five-water', scope: Scope, format: 'csv' | 'xlsx') =>
  download(`/api/${path}`, { ...scope, format } as Query, `${path.replace('/', '-')}_${scope.jurisdiction ?? ''}_${scope.period ?? ''}.${format}`);

export const rules = () => get<ScoringRules[]>('/api/assessments/rules');
export const publishRules = (rulesToPublish: ScoringRules, note: string) => post<{ id: string; version: number }>('/api/assessments/rules', { rules: rulesToPublish, note });
export const awardBonus = (unit: string, points: number, reason: string) => post<{ id: string }>('/api/assessments/bonuses', { unit, points, reason });
export const closePeriod = (period: string) => post<{ id: string }>(`/api/assessments/periods/${period}/close`);
export const getPeriod = (period: string, jurisdiction?: string) => get<PublishedAssessment>(`/api/assessments/periods/${period}/`, { jurisdiction });
export const appeal = (period: string, reason: string) => post<{ id: string }>(`/api/assessments/periods/${period}/appeals`, { reason });
export const upholdAppeal = (period: string, appealId: string, adjustment: number, reason: string) =>
  post<{ id: string }>(`/api/assessments/periods/${period}/appeals/${appealId}/uphold`, { adjustment, reason });
export const rejectAppeal = (period: string, appealId: string, reason: string) =>
  post<{ id: string }>(`/api/assessments/periods/${period}/appeals/${appealId}/reject`, { reason });
export const finalizePeriod = (period: string) => post<{ id: string }>(`/api/assessments/periods/${period}/finalize`);

export const node = () => get<NodeView>('/api/admin/node');
export const deadLetters = () => get<DeadLetters>('/api/admin/dead-letters');
export const replayMessage = (id: string) => post<object>(`/api/admin/dead-letters/messages/${id}/replay`);
export const replayProjection = (jurisdiction: string) => post<object>(`/api/admin/dead-letters/projections/${jurisdiction}/replay`);
