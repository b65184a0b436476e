import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { configureApiClient } from '../../../web/src/lib/api/api-client';
import { AnnouncerProvider } from '../../../web/src/lib/ui/announcer';

/** Renders a screen as the app does: query client, live region, router at `path` matching `pattern`. */
export function renderScreen(ui: ReactNode, { path = '/', pattern = '*' }: { path?: string; pattern?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  configureApiClient(() => 'test-token', () => {});
  return render(
    <QueryClientProvider client={queryClient}>
      <AnnouncerProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={pattern} element={ui} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </AnnouncerProvider>
    </QueryClientProvider>,
  );
}

export interface Call {
  method: string;
  path: string;
  /** The query string's parameters, e.g. a search's filters and cursor. */
  query: Record<string, string>;
  body: unknown;
}

/**
 * A stand-in for the API: answers by "METHOD /path" with JSON, records each call. An answer may be a
 * function of the request body; a missing answer is a 404, so an unexpected call shows up as an error.
 */
export function fakeApi(answers: Record<string, unknown | ((body: unknown, query: Record<string, string>) => { status: number; body: unknown } | unknown)>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const query = Object.fromEntries(url.searchParams);
    calls.push({ method, path: url.pathname, query, body });
    const answer = answers[`${method} ${url.pathname}`];
    if (answer === undefined) return new Response(JSON.stringify({ error: { code: 'no_route', message: 'not faked' } }), { status: 404 });
    const result = typeof answer === 'function' ? (answer as (b: unknown, q: Record<string, string>) => unknown)(body, query) : answer;
    const { status, body: payload } =
      result && typeof result === 'object' && 'status' in result && 'body' in result ? (result as { status: number; body: unknown }) : { status: 200, body: result };
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}
