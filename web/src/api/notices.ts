// The signed-in person's notices and notice choices: one function per endpoint.
import { get, post, put } from './http';

export type NoticeKind =
  | 'reminder' | 'chase' | 'reportReturned' | 'completionReturned' | 'taskClosed' | 'inspectionIssued' | 'inspectionEscalated'
  | 'findingRecorded' | 'requestDecided' | 'lightChanged' | 'redLight' | 'awaitingDecision';

export interface Notice { id: string; kind: NoticeKind; subject: string; line: string; link: string; createdAt: string; read: boolean }
export interface NoticePage { unread: number; items: Notice[] }
export interface NoticePreferences { muted: NoticeKind[]; digest: NoticeKind[]; quietFrom: string; quietUntil: string }

/** The browser revalidates with the answer's ETag (Cache-Control: no-cache), so an unchanged list costs an empty 304. */
export const listNotices = (unread: boolean, page = 1, pageSize = 20) => get<NoticePage>('/api/notices', { unread, page, pageSize });
export const markRead = (id: string) => post<void>(`/api/notices/${encodeURIComponent(id)}/read`);
export const markAllRead = () => post<void>('/api/notices/read');
export const noticePreferences = () => get<NoticePreferences>('/api/notices/preferences');
export const saveNoticePreferences = (preferences: NoticePreferences) => put<NoticePreferences>('/api/notices/preferences', preferences);
