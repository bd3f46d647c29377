// The slowest files first, so that the two workers end together: in a fresh clone jest has no timings yet and
// orders by file size, which left the 90-second bench smoke run alone at the end (about 30 s of one idle core).
import Sequencer from '@jest/test-sequencer';

const SLOWEST_FIRST = [
  'bench.smoke.e2e-spec.ts',
  'mail.e2e-spec.ts',
  'permissions.e2e-spec.ts',
  'hostile-input.e2e-spec.ts',
  'crash-durability.e2e-spec.ts',
  'backup-restore.e2e-spec.ts',
  'external-database.e2e-spec.ts',
];

const rank = (path) => {
  const index = SLOWEST_FIRST.findIndex((name) => path.endsWith(`/${name}`));
  return index === -1 ? SLOWEST_FIRST.length : index;
};

export default class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}
