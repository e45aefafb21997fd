// The jurisdiction registry: one function per endpoint.
import { get, post } from './http';

export interface JurisdictionName { from: string | null; name: string }

export interface JurisdictionNode {
  code: string;
  name: string;
  parent: string | null;
  names: JurisdictionName[];
  children: JurisdictionNode[];
}

export interface JurisdictionTree { asOf: string; jurisdictions: JurisdictionNode[] }

export interface JurisdictionRegistration { code: string; name: string; parent: string | null }

type Changed = { code: string; version: number };

export const jurisdictionTree = (asOf?: string) => get<JurisdictionTree>('/api/jurisdictions', { asOf });
export const registerJurisdiction = (jurisdiction: JurisdictionRegistration) => post<Changed>('/api/jurisdictions', jurisdiction);
export const renameJurisdiction = (code: string, name: string, effectiveOn: string) =>
  post<Changed>(`/api/jurisdictions/${encodeURIComponent(code)}/rename`, { name, effectiveOn });
