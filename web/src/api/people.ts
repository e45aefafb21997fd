// The directory of people: one function per endpoint.
import { get, getPage, post } from './http';
import type { DirectoryPerson, PersonRegistration, Role } from './types';

export interface PeopleFilter { jurisdiction?: string; unit?: string; active?: boolean; page?: number; pageSize?: number }

/** Who the signed-in person is in the directory: the role, unit and jurisdiction the API acts on. */
export const whoAmI = () => get<DirectoryPerson>('/api/people/me');
export const getPerson = (id: string) => get<DirectoryPerson>(`/api/people/${encodeURIComponent(id)}`);
export const listPeople = (filter: PeopleFilter) => getPage<DirectoryPerson>('/api/people', { ...filter });
export const registerPerson = (person: PersonRegistration) => post<{ id: string; version: number }>('/api/people', person);
export const deactivatePerson = (id: string, reason?: string) => post<{ id: string; version: number }>(`/api/people/${encodeURIComponent(id)}/deactivate`, { reason });
export const changeRole = (id: string, role: Role, unit?: string) => post<{ id: string; version: number }>(`/api/people/${encodeURIComponent(id)}/roles`, { role, unit });
export const linkPerson = (id: string, subject: string) => post<{ id: string; version: number }>(`/api/people/${encodeURIComponent(id)}/link`, { subject });
