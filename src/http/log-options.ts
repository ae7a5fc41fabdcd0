import type { FastifyRequest } from 'fastify';

/**
 * What the request log may hold. Cookies, CSRF tokens and authorization headers are cut, and a URL
 * is logged without its query: an OpenID provider's answer carries its authorization code and state
 * there, and search terms can hold personal data.
 */
export const logSafety = {
  redact: [
    'req.headers.cookie',
    'req.headers["x-csrf-token"]',
    'req.headers.authorization',
    'res.headers["set-cookie"]',
  ],
  serializers: {
    req(req: FastifyRequest) {
      const url = req.url ?? '';
      const q = url.indexOf('?');
      return {
        method: req.method,
        url: q < 0 ? url : `${url.slice(0, q)}?…`,
        host: req.host,
        remoteAddress: req.ip,
      };
    },
  },
};
