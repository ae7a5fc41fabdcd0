import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/**
 * API requests worked on at once. The rest wait their turn without using the CPU, so a flood of requests
 * (thousands of sign-in attempts) is served in order while /healthz and the UI's files are answered at
 * once. Small: the server is CPU-bound on a couple of cores, and more at once only lengthens each turn.
 */
export const MAX_ACTIVE = 16;
/** Beyond this many waiting, API requests are refused at once with 503 (memory stays bounded). */
export const MAX_WAITING = 5000;

/**
 * One request's place at the gate. A turn is given back when the response closes — the one event Node
 * emits for every response, whether it was sent, failed or its client went away. (Fastify's onResponse
 * does not run when a client leaves after its body was read, and onRequestAbort does not run then either:
 * a POST cut off by its client while being worked on held its turn for ever, and with all turns held the
 * server answered no API call.)
 */
interface Ticket {
  state: 'waiting' | 'active' | 'done';
  admit?: (admitted: boolean) => void;
}

/** Whether the client of a request has gone away (its response or socket is closed). */
const gone = (req: FastifyRequest, reply: FastifyReply) =>
  reply.raw.closed || req.raw.destroyed || req.raw.socket?.destroyed === true;

/** Installs the admission gate for /api/ requests (register it before any hook that does work). */
export function admissionGate(app: FastifyInstance): void {
  let active = 0;
  const waiting: Ticket[] = [];

  /** Hands a freed turn to the first request still waiting, or returns it to the pool. */
  const handOn = () => {
    let next = waiting.shift();
    while (next && next.state !== 'waiting') next = waiting.shift();
    if (next) {
      next.state = 'active';
      next.admit?.(true);
    } else active--;
  };

  const close = (ticket: Ticket) => {
    if (ticket.state === 'active') {
      ticket.state = 'done';
      handOn();
    } else if (ticket.state === 'waiting') {
      ticket.state = 'done';
      const i = waiting.indexOf(ticket);
      if (i >= 0) waiting.splice(i, 1);
      ticket.admit?.(false);
    }
  };

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    if (gone(req, reply)) throw new AppError('common.busy', 503);
    if (active < MAX_ACTIVE) {
      active++;
      const ticket: Ticket = { state: 'active' };
      reply.raw.once('close', () => close(ticket));
      return;
    }
    if (waiting.length >= MAX_WAITING) throw new AppError('common.busy', 503);
    const ticket: Ticket = { state: 'waiting' };
    const admitted = new Promise<boolean>((resolve) => {
      ticket.admit = resolve;
    });
    waiting.push(ticket);
    reply.raw.once('close', () => close(ticket));
    // A turn handed over just as the client left is given back by the close listener above.
    if (!(await admitted) || gone(req, reply)) throw new AppError('common.busy', 503);
  });
}
