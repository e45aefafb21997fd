// The one way the workbench talks to the API: bearer token, JSON in and out, and every refusal turned into an
// ApiProblem whose field messages the forms show next to the field they name. Raw bodies never reach the page.
import { currentToken, signedOut } from '@/session/token';
import { ApiProblem, readProblem, statusText } from './problems';

export { ApiProblem };

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface Page<T> {
  items: T[];
  total: number;
}

export function url(path: string, query?: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return `${path}${text ? `?${text}` : ''}`;
}

/** Reads a refusal; a 401 also means the token is no longer good, so the person is signed out. */
async function problemFrom(status: number, body: string, contentType: string | null): Promise<ApiProblem> {
  if (status === 401) signedOut();
  return readProblem(status, body, contentType);
}

function headers(extra?: Record<string, string>): Record<string, string> {
  const token = currentToken();
  return { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra };
}

async function send(method: string, path: string, query?: Query, body?: unknown, extra?: Record<string, string>): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url(path, query), {
      method,
      headers: headers(body === undefined ? extra : { 'Content-Type': 'application/json', ...extra }),
      // An empty field is a field not given: the API then names it if it is required.
      body: body === undefined ? undefined : JSON.stringify(body, (_, value) => (value === '' ? undefined : value)),
    });
  } catch {
    throw new ApiProblem(0, statusText[0], statusText[0]);
  }
  if (!response.ok) throw await problemFrom(response.status, await response.text(), response.headers.get('Content-Type'));
  return response;
}

export async function get<T>(path: string, query?: Query): Promise<T> {
  return (await send('GET', path, query)).json() as Promise<T>;
}

export async function getPage<T>(path: string, query?: Query): Promise<Page<T>> {
  const response = await send('GET', path, query);
  const items = (await response.json()) as T[];
  return { items, total: Number(response.headers.get('X-Total-Count') ?? items.length) };
}

export async function post<T>(path: string, body: unknown = {}, extra?: Record<string, string>, query?: Query): Promise<T> {
  const response = await send('POST', path, query, body, extra);
  return (response.status === 202 ? {} : await response.json()) as T;
}

export async function put<T>(path: string, body: unknown): Promise<T> {
  return (await send('PUT', path, undefined, body)).json() as Promise<T>;
}

/** A file the API answers (export, evidence), handed to the browser as a download. */
export async function download(path: string, query: Query | undefined, fileName: string): Promise<void> {
  const blob = await (await send('GET', path, query, undefined, { Accept: '*/*' })).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** A multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can). */
export function upload<T>(path: string, file: File, onProgress: (percent: number) => void, query?: Query): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url(path, query));
    for (const [name, value] of Object.entries(headers())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = async () => {
      if (request.status >= 200 && request.status < 300) resolve(JSON.parse(request.responseText) as T);
      else reject(await problemFrom(request.status, request.responseText, request.getResponseHeader('Content-Type')));
    };
    request.onerror = () => reject(new ApiProblem(0, statusText[0], statusText[0]));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
