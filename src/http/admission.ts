import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/**
 * API requests worked on at once. The rest wait their turn without using the CPU, so a flood of requests
 * (thousands of sign-in attempts) is served in order while /healthz and the UI's files are answered at
 * once. Small: the server is CPU-bound on a couple of cores, and more at once only lengthens each turn.
 */
export const MAX_ACTIVE = 16;
/** Beyond this many waiting, API requests are refused at once with 503 (memory stays bounded). */
export const MAX_WAITING = 5000;

declare module 'fastify' {
  interface FastifyRequest {
    admitted: boolean;
  }
}

/** Installs the admission gate for /api/ requests (register it before any hook that does work). */
export function admissionGate(app: FastifyInstance): void {
  let active = 0;
  const waiting: (() => void)[] = [];
  app.decorateRequest('admitted', false);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    if (active < MAX_ACTIVE) active++;
    else {
      if (waiting.length >= MAX_WAITING) throw new AppError('common.busy', 503);
      // The slot is handed over by the request that leaves (`active` stays as it is).
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    req.admitted = true;
  });
  const leave = async (req: FastifyRequest) => {
    if (!req.admitted) return;
    req.admitted = false;
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  app.addHook('onResponse', leave);
  app.addHook('onRequestAbort', leave);
}
