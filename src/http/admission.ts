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
/** Whether the client of a request has gone away (its socket is closed). */
const gone = (req: FastifyRequest) => req.raw.destroyed || req.raw.socket?.destroyed === true;

export function admissionGate(app: FastifyInstance): void {
  let active = 0;
  // A waiting request is resolved with true when a slot is handed to it, or false when its client went
  // away while it waited (it is then taken out of the queue and never holds a slot).
  const waiting: { req: FastifyRequest; admit: (admitted: boolean) => void }[] = [];
  app.decorateRequest('admitted', false);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    if (active < MAX_ACTIVE) active++;
    else {
      if (waiting.length >= MAX_WAITING) throw new AppError('common.busy', 503);
      // The turn is marked on the request when it is handed over (in `leave`), so that an abort seen
      // between the hand-over and this line still gives it back.
      const admitted = await new Promise<boolean>((admit) => waiting.push({ req, admit }));
      if (!admitted) throw new AppError('common.busy', 503);
      if (gone(req)) {
        await leave(req);
        throw new AppError('common.busy', 503);
      }
      return;
    }
    req.admitted = true;
  });
  const leave = async (req: FastifyRequest) => {
    if (!req.admitted) return;
    req.admitted = false;
    let next = waiting.shift();
    // A client that went away while it waited gets no slot, whether or not its abort was seen yet.
    while (next && gone(next.req)) {
      next.admit(false);
      next = waiting.shift();
    }
    if (next) {
      next.req.admitted = true;
      next.admit(true);
    } else active--;
  };
  app.addHook('onResponse', leave);
  app.addHook('onRequestAbort', async (req) => {
    const i = waiting.findIndex((w) => w.req === req);
    if (i >= 0) waiting.splice(i, 1)[0].admit(false);
    else await leave(req);
  });
}
