/**
 * Preloaded into each service (`node --require`, through NODE_OPTIONS, which refuses
 * `--cpu-prof`) when `BENCH_CPU_PROFILE_DIR` is set: profiles the process from its start and
 * writes `<service>.<pid>.cpuprofile` there when it exits.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  // run-service.js is given the service's name first.
  const service = path.basename(process.argv[2] ?? 'node');
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  // A session in the process's own thread answers at once: the profile is written before exit.
  process.on('exit', () =>
    session.post('Profiler.stop', (error, result) => {
      if (error) throw error;
      writeFileSync(
        path.join(dir, `${service}.${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    }),
  );
}
