import type { z } from 'zod';
import { errorBody } from '../../../api/errors.ts';
import { env } from '../env.ts';

/** An API answer other than 2xx, with the server's `{ error: { code, message, details } }`. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    readonly headers?: Headers,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

export function apiUrl(path: string): string {
  return `${env.VITE_API_BASE}${path}`;
}

async function errorFrom(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBody.safeParse(body);
  if (!parsed.success)
    return new ApiRequestError(
      response.status,
      'http_error',
      `${response.status} ${response.statusText}`,
      null,
      response.headers,
    );
  const { code, message, details = null } = parsed.data.error;
  return new ApiRequestError(response.status, code, message, details, response.headers);
}

/** One API call: sends JSON, checks the status, and parses the answer with its schema. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S | null,
  options: RequestOptions = {},
): Promise<ApiResponse<z.infer<S>>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(apiUrl(path), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? null : JSON.stringify(options.body),
    signal: options.signal ?? null,
  });
  if (!response.ok) throw await errorFrom(response);
  if (schema === null || response.status === 204) {
    return { data: undefined as z.infer<S>, headers: response.headers, status: response.status };
  }
  const data: z.infer<S> = schema.parse(await response.json());
  return { data, headers: response.headers, status: response.status };
}
