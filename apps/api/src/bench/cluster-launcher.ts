// `--scale`: several API instances on one port (Node cluster: the primary hands connections round-robin to
// stateless workers), the local stand-in for instances behind a load balancer.
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';

const instances = Number(process.env.BENCH_INSTANCES ?? 2);
let stopping = false;
cluster.setupPrimary({ exec: process.env.BENCH_API_MAIN || fileURLToPath(new URL('../main.js', import.meta.url)) });
for (let i = 0; i < instances; i++) {
  const worker = cluster.fork();
  worker.once('online', () => console.log(`bench-worker ${worker.process.pid}`));
}
cluster.on('exit', (worker, code) => {
  if (!stopping) {
    console.error(`worker ${worker.process.pid} exited (${code})`);
    process.exit(1);
  }
});
process.once('SIGTERM', () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  cluster.disconnect(() => process.exit(0));
});
