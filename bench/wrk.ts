import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * wrk (C, its own process, 2 threads) as the load generator: it takes a fraction of the CPU a
 * JavaScript client does, so the server under test gets the machine much as it would behind
 * real traffic, and the bare server it is compared with runs in a process of its own.
 */
export type WrkResult = { perSecond: number; p50: number; p99: number; errors: number };

/** One customer as wrk sends for them: their conversation's path, token and address. */
export type WrkCustomer = { path: string; token: string; address: string; texts: string[] };

export const hasWrk = (): boolean => spawnSync('wrk', ['--version']).error === undefined;

/**
 * The customers, one a line, for the script to read when each thread starts (a table of
 * 100,000 written into the script itself is beyond what Lua compiles): text sets as
 * `T<tab>set<tab>JSON text`, customers as `C<tab>path<tab>authorization<tab>address<tab>set`.
 */
export function wrkData(customers: WrkCustomer[]): string {
  const sets = new Map<string[], number>();
  const lines: string[] = [];
  for (const c of customers) {
    let set = sets.get(c.texts);
    if (set === undefined) {
      set = sets.size + 1;
      sets.set(c.texts, set);
      for (const text of c.texts) lines.push(`T\t${set}\t${JSON.stringify(text)}`);
    }
    for (const field of [c.path, c.token, c.address]) {
      if (/[\t\r\n]/.test(field))
        throw new Error(`A customer field holds a tab or a line break: ${field}`);
    }
    lines.push(`C\t${c.path}\tBearer ${c.token}\t${c.address}\t${set}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The script: customers visited in a stride coprime with their number (every one once per
 * round), each writing their texts in turn, every message with a clientMessageId of its own —
 * also across runs over the same customers (a repeated id would be answered as a retry).
 */
export function wrkScript(count: number, run = randomBytes(6).toString('hex')): string {
  let stride = 7919;
  while (count % stride === 0) stride += 2;
  return `local customers = {}
local texts = {}
local stride = ${stride}
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    local kind, a, b, c, d = line:match("^(%u)\t([^\t]*)\t([^\t]*)\t?([^\t]*)\t?([^\t]*)$")
    if kind == "T" then
      local set = tonumber(a)
      texts[set] = texts[set] or {}
      table.insert(texts[set], b)
    elseif kind == "C" then
      table.insert(customers, { a, b, c, tonumber(d) })
    end
  end
  file:close()
  if #customers ~= ${count} then error("read " .. #customers .. " customers of ${count}") end
end
local counter = 0
local sent = {}
function request()
  counter = counter + 1
  local n = counter * 2 + tid
  local index = (n * stride) % #customers + 1
  local c = customers[index]
  local k = (sent[index] or 0) + 1
  sent[index] = k
  local set = texts[c[4]]
  local text = set[(index + k) % #set + 1]
  local body = '{"text":' .. text .. ',"clientMessageId":"w${run}-' .. tid .. '-' .. counter .. '"}'
  return wrk.format("POST", c[1], {
    ["content-type"] = "application/json",
    ["authorization"] = c[2],
    ["x-forwarded-for"] = c[3],
  }, body)
end
`;
}

const milliseconds = (value: string): number => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) throw new Error(`wrk printed a latency it cannot read: ${value}`);
  const n = Number(match[1]);
  return match[2] === 'us'
    ? n / 1000
    : match[2] === 'ms'
      ? n
      : match[2] === 's'
        ? n * 1000
        : n * 60_000;
};

/** wrk's report, read: requests a second, p50/p99 in ms, non-2xx answers and socket errors. */
export function parseWrk(output: string): WrkResult {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  if (!rate || !p50 || !p99) throw new Error(`wrk printed no result:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const tenth = (ms: number) => Math.round(ms * 10) / 10;
  return {
    perSecond: Number(rate[1]),
    p50: tenth(milliseconds(p50[1] as string)),
    p99: tenth(milliseconds(p99[1] as string)),
    errors: non2xx + socketErrors,
  };
}

/** wrk flat out against `url` for `seconds`, with the script's requests. */
export async function runWrk(
  url: string,
  customers: WrkCustomer[],
  options: { seconds: number; connections: number; threads?: number },
): Promise<WrkResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-wrk-'));
  const script = path.join(dir, 'customers.lua');
  const data = path.join(dir, 'customers.tsv');
  fs.writeFileSync(script, wrkScript(customers.length));
  fs.writeFileSync(data, wrkData(customers));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        'wrk',
        [
          `-t${options.threads ?? 2}`,
          `-c${options.connections}`,
          `-d${options.seconds}s`,
          '--latency',
          '-s',
          script,
          url,
          '--',
          data,
        ],
        { maxBuffer: 1 << 20 },
        (error, stdout, stderr) => {
          // A script that fails leaves wrk sending its default request: that is no result.
          if (error || stderr.trim() !== '')
            reject(new Error(`wrk failed: ${error?.message ?? ''}\n${stderr}`));
          else resolve(stdout);
        },
      );
    });
    return parseWrk(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The bare node:http JSON server in a process of its own, as the server under test runs. */
export async function startBareProcess(): Promise<{ url: string; stop: () => void }> {
  const source = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const parsed = JSON.parse(body);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ message: { text: parsed.text }, replies: [] }));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/** The bare server driven by the same script as the step: one customer's worth of requests. */
export async function bareWithWrk(options: {
  seconds: number;
  connections: number;
  texts: string[];
}): Promise<WrkResult> {
  const bare = await startBareProcess();
  try {
    const customers: WrkCustomer[] = [
      { path: '/x', token: 'y', address: '10.0.0.1', texts: options.texts },
    ];
    await runWrk(bare.url, customers, { seconds: 1, connections: options.connections });
    return await runWrk(bare.url, customers, options);
  } finally {
    bare.stop();
  }
}
