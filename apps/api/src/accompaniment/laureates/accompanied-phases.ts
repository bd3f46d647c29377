import { ACTIVE_LAUREATE_PHASES } from '@aic/domain';

/** `('phase1', 'phase2')`: the phases of a laureate still accompanied, as an SQL list for `phase IN …`. */
export const ACCOMPANIED_PHASES_SQL = `(${ACTIVE_LAUREATE_PHASES.map((phase) => `'${phase}'`).join(', ')})`;
