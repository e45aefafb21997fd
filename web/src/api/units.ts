// The unit registry and restructuring (机构改革): one function per endpoint.
import { get, getPage, post } from './http';
import type { RegisteredUnit, UnitRegistration } from './types';

type Changed = { id: string; version: number };
const unit = (id: string) => `/api/units/${encodeURIComponent(id)}`;

export const listRegistry = (jurisdiction: string, page: number, pageSize: number) =>
  getPage<RegisteredUnit>('/api/units', { jurisdiction, page, pageSize });
export const getUnit = (id: string) => get<RegisteredUnit>(unit(id));
export const registerUnit = (jurisdiction: string, registration: UnitRegistration) =>
  post<Changed>(`/api/jurisdictions/${encodeURIComponent(jurisdiction)}/units`, registration);
export const renameUnit = (id: string, name: string, effectiveOn: string, aliases: string[]) =>
  post<Changed>(`${unit(id)}/rename`, { name, effectiveOn, aliases });
export const mergeUnit = (id: string, into: string, effectiveOn: string) => post<Changed>(`${unit(id)}/merge`, { into, effectiveOn });
/** tasks: each open task's id and the successor that takes it. */
export const splitUnit = (id: string, successors: string[], tasks: Record<string, string>, effectiveOn: string) =>
  post<Changed>(`${unit(id)}/split`, { successors, tasks, effectiveOn });
export const deactivateUnit = (id: string, reason?: string) => post<Changed>(`${unit(id)}/deactivate`, { reason });
