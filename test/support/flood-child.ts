// Sends the requests it reads as JSON on stdin to a running server, `concurrency` at a time over real
// HTTP, and prints each answer's status and error code as JSON. Run by `flood()` in a child process so
// the load comes from outside the server's own process, as an attacker's would.
import http from 'node:http';

interface Job {
  base: string;
  concurrency: number;
  requests: { method: string; path: string; headers?: Record<string, string>; body?: string }[];
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const job = JSON.parse(input) as Job;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
const out: { status: number; code?: string }[] = new Array(job.requests.length);

function send(r: Job['requests'][number]): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${job.base}${r.path}`,
      { method: r.method, headers: r.headers, agent },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = JSON.parse(text)?.error?.code;
          } catch {}
          resolve({ status: res.statusCode ?? 0, code });
        });
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}

let next = 0;
async function lane() {
  for (let i = next++; i < job.requests.length; i = next++) out[i] = await send(job.requests[i]);
}
await Promise.all(Array.from({ length: job.concurrency }, lane));
agent.destroy();
process.stdout.write(JSON.stringify(out));
