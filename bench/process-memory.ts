import { readFileSync } from 'node:fs';

export interface Memory {
  /** Resident set size now, MiB. */
  rssMiB: number;
  /** Highest resident set size the process reached, MiB. */
  peakMiB: number;
}

/** Reads VmRSS and VmHWM from /proc/<pid>/status (Linux); null where /proc is not available. */
export function memoryOf(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/** CPU time (user + system) the process has used so far, ms; null where /proc is not available. */
export function cpuMsOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 12th, stime the 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticksPerSecond = 100; // USER_HZ, 100 on every Linux we run on
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}
