// The production server: `next start` in one worker process per core, sharing one port (node:cluster).
//
//   node scripts/start.mjs [next start options, e.g. -p 3000 -H localhost]    (what `npm start` runs)
//   node start.mjs server.js                                                   (a standalone build: docs/deployment.md)
//
// Why not one `next start`: a Node process accepts one new connection per turn of its event loop (libuv since
// 1.45, libuv/libuv#3696), and a saturated process's turn serves every ready request first. When a crowd arrives
// at once (an embargo lifts), the 64th new connection of a busy server waits 64 turns for its first byte: seconds,
// past client time-outs (bench/README.md, bench:serve). Each worker accepts for itself, and together they use
// every core. WEB_CONCURRENCY sets the number of workers (default: the cores this process may use); each worker
// holds its own copy of the content index, and of the pages it revalidated (next.config.ts), in memory.
//
// A worker that dies after it started serving is replaced; one that fails to start (a taken port, a bad setting
// in lib/env.ts) is not, and when none is left the server exits with its code. SIGTERM and SIGINT stop the workers
// gracefully (Next finishes the requests in flight) and then the server.
//
// A loopback address is refused by number: with `-H 127.0.0.1` (or HOSTNAME=127.0.0.1) Next 16 mistakes the proxy's
// rewrites (the localized 404 page) for another host's and sends them to itself over HTTP, and every unknown URL
// answers 500 (vercel/next.js#94745). `localhost` listens on the same interface without the fault.
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const serverFile = argv[0]?.endsWith('.js') ? path.resolve(argv[0]) : null;

if (cluster.isPrimary) {
  const host = serverFile ? process.env.HOSTNAME : hostOption(argv);
  if (host && ['127.0.0.1', '::1', '[::1]'].includes(host)) {
    console.error(
      `Listen on "localhost" instead of "${host}": Next answers every unknown URL with 500 when bound to a loopback address by number (vercel/next.js#94745).`,
    );
    process.exit(1);
  }
  const workers = workerCount(process.env.WEB_CONCURRENCY);
  const crashes = [];
  let stopping = false;
  let exitCode = 0;
  const running = () => Object.keys(cluster.workers ?? {}).length;

  const fork = () => {
    const worker = cluster.fork({ NEWSROOM_PRIMARY_LOGS: '1' });
    worker.once('listening', () => {
      worker.started = true;
    });
  };

  // Warnings every worker would give (lib/routing/site-url.ts warnOnce, e.g. requests for another host than SITE_URL's)
  // arrive here and are printed once for the server.
  const said = new Set();
  cluster.on('message', (_worker, message) => {
    if (typeof message?.newsroomOnce !== 'string' || said.has(message.newsroomOnce)) return;
    said.add(message.newsroomOnce);
    console.warn(message.message);
  });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (running() === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes[0] < now - 60_000) crashes.shift();
    if (worker.started && crashes.length <= 5) {
      console.error(`Worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}); starting another.`);
      fork();
      return;
    }
    exitCode = code || 1;
    if (worker.started) {
      console.error('Workers keep dying (more than 5 in a minute): stopping the server.');
      stop('SIGTERM');
    } else if (running() === 0) process.exit(exitCode);
  });

  function stop(signal) {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (running() === 0) process.exit(exitCode);
    // Next lets requests in flight finish; do not wait for ever on a stuck one.
    setTimeout(() => process.exit(exitCode), 15_000).unref();
  }
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let i = 0; i < workers; i++) fork();
  console.log(`smart newsroom: ${workers} server worker${workers === 1 ? '' : 's'} (WEB_CONCURRENCY)`);
} else if (serverFile) {
  await import(serverFile);
} else {
  // `next start` itself, in this worker: its listen() is shared with the other workers by node:cluster.
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  process.argv = [process.argv[0], nextBin, 'start', ...argv];
  await import(nextBin);
}

/** The address `next start` is told to listen on (-H, --hostname), if any. */
function hostOption(args) {
  for (const [i, arg] of args.entries()) {
    if (arg === '-H' || arg === '--hostname') return args[i + 1];
    if (arg.startsWith('--hostname=')) return arg.slice('--hostname='.length);
  }
  return undefined;
}

function workerCount(setting) {
  if (setting === undefined || setting === '') return availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`WEB_CONCURRENCY must be a whole number of workers, 1 or more; it is "${setting}".`);
    process.exit(1);
  }
  return count;
}
