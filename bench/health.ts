/**
 * `npm run bench:health`: how fast /api/health answers while hostile CSV files (4 MB each) are uploaded and
 * refused. Starts a real server (`node bin/sengeplan.js serve` on a fresh PGlite data directory), logs in as
 * the demo planner, and for each file asks /api/health every 20 ms until the upload is answered; writes
 * bench/health-results.md with `uptime` beside the figures.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { format } from 'prettier';

const PASSWORD = 'bench-passord-123';
const FOUR_MB = 4 * 1024 * 1024 - 1024;
const PAUSE_MS = 20;
const IDLE_MS = 3_000;
/** Each file is uploaded this many times, one after the other. */
const REPEAT = 10;

const header = 'id;person;type;tidligst;netter;prioritet;kilde';

/** Rows of about `width` bytes until the file is nearly 4 MB, then `last`. */
function fileOf(row: (i: number) => string, last = ''): string {
  const lines = [header];
  let size = header.length + last.length + 1;
  for (let i = 0; ; i += 1) {
    const line = row(i);
    if (size + line.length + 1 > FOUR_MB) break;
    lines.push(line);
    size += line.length + 1;
  }
  if (last) lines.push(last);
  return lines.join('\n');
}

/** An id of 200 characters (the most a cell may hold), so that 4 MB of rows stay under the line cap. */
const longId = (i: number) => `R${String(i).padStart(7, '0')}-${'x'.repeat(191)}`;

const files: { name: string; text: string }[] = [
  { name: 'a header of 2 million columns on one line', text: 'a;'.repeat(FOUR_MB / 2) },
  { name: 'a header, then one row of 2 million cells', text: `${header}\n${'x;'.repeat(FOUR_MB / 2 - 40)}` },
  { name: 'a;b on every line (about 1 million lines, past the line cap)', text: 'a;b\n'.repeat(FOUR_MB / 4) },
  {
    name: 'long valid request rows up to the line cap, the last one bad (read whole, then refused)',
    text: fileOf(
      (i) => `${longId(i)};P1;korttid;2027-02-01;7;3;hjemme`,
      'Rlast;P1;korttid;2027-02-01;0;3;hjemme',
    ),
  },
  {
    name: 'long rows with a bad cell on every line (refused at the first 100 issues)',
    text: fileOf((i) => `${longId(i)};P1;korttid;2027-02-31;0;9;borte`),
  },
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the server did not start');
}

async function logIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'planlegger', password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Asks /api/health every PAUSE_MS until `until` settles; the latency of each answer in ms. */
async function healthWhile(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    latencies.push(performance.now() - started);
    await sleep(PAUSE_MS);
  }
  return latencies;
}

/**
 * POSTs a file with curl, in a process of its own, so that sending 4 MB does not delay this process's
 * health requests; the answer as `status code`.
 */
async function uploadWithCurl(
  target: string,
  session: Record<string, string>,
  file: string,
): Promise<string> {
  const headers = Object.entries({ ...session, 'Content-Type': 'text/csv' }).flatMap(([k, v]) => [
    '-H',
    `${k}: ${v}`,
  ]);
  const curl = spawn('curl', ['-s', '-w', '\n%{http_code}', ...headers, '--data-binary', `@${file}`, target]);
  let output = '';
  curl.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise((resolve) => curl.once('close', resolve));
  const [body = '', status = ''] = output.split(/\n(?=\d+$)/);
  const code = (JSON.parse(body || '{}') as { error?: { code?: string } }).error?.code ?? '';
  return `${status} ${code}`.trim();
}

interface Row {
  name: string;
  megabytes: string;
  answer: string;
  uploadMs: number;
  latencies: number[];
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

function render(rows: Row[], uptime: string): string {
  const lines = [
    '# /api/health while hostile CSV files are refused',
    '',
    `\`npm run bench:health\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}.`,
    `\`uptime\` when it ended: \`${uptime}\`.`,
    '',
    'Each file is POSTed to `/api/instances/demo/requests.csv` of a real server (PGlite) ten times, one after the other, (by curl) while another client asks `/api/health` every 20 ms.',
    '',
    '| upload | size | answer | upload ms (mean) | health answers | p50 ms | p95 ms | max ms |',
    '| --- | --: | --- | --: | --: | --: | --: | --: |',
  ];
  for (const row of rows) {
    const sorted = [...row.latencies].sort((a, b) => a - b);
    lines.push(
      `| ${row.name} | ${row.megabytes} MB | ${row.answer} | ${row.uploadMs.toFixed(0)} | ${sorted.length} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 95))} | ${fmt(sorted.at(-1) ?? NaN)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const dataDir = await mkdtemp(join(tmpdir(), 'sengeplan-bench-health-'));
const serverDir = join(dataDir, 'data');
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  ['bin/sengeplan.js', 'serve', '--port', String(port), '--data', serverDir],
  {
    env: { ...process.env, SENGEPLAN_DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
try {
  await waitForHealth(url, server);
  const session = await logIn(url);
  const rows: Row[] = [];
  const idle = await healthWhile(url, sleep(IDLE_MS));
  rows.push({ name: 'none (idle server)', megabytes: '0', answer: '–', uploadMs: IDLE_MS, latencies: idle });
  for (const file of files) {
    const csvFile = join(dataDir, 'upload.csv');
    await writeFile(csvFile, file.text);
    const latencies: number[] = [];
    const answers = new Set<string>();
    let uploadMs = 0;
    for (let round = 0; round < REPEAT; round += 1) {
      const started = performance.now();
      const upload = uploadWithCurl(`${url}/api/instances/demo/requests.csv`, session, csvFile);
      latencies.push(...(await healthWhile(url, upload)));
      answers.add(await upload);
      uploadMs += (performance.now() - started) / REPEAT;
    }
    const megabytes = (Buffer.byteLength(file.text) / 1024 / 1024).toFixed(1);
    const answer = [...answers].join(', ');
    rows.push({ name: file.name, megabytes, answer, uploadMs, latencies });
    console.log(`${file.name}: ${answer} in ${uploadMs.toFixed(0)} ms, ${latencies.length} health answers`);
  }
  const uptime = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const report = await format(render(rows, uptime), { parser: 'markdown' });
  await writeFile('bench/health-results.md', report);
  console.log(report);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
