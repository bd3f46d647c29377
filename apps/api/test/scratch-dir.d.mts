/** The directory holding the tests' scratch directories (created if needed): /dev/shm/aic-tests when it can, else .data. */
export function scratchRoot(): string;
/** A new scratch directory named after `name` and this process (`<name>-<pid>-<time>`), created. */
export function scratchDir(name: string): string;
/** Removes the scratch directories of test runs that are gone, stopping a postmaster they left behind. */
export function removeStaleScratch(): Promise<void>;
