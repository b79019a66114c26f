// Resource figures from /proc (Linux): resident memory and CPU time of a process, and the
// pid of a child process (the Temporal dev server) found by its command line.
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100; // `getconf CLK_TCK` on Linux x86-64 and arm64

/** VmRSS in bytes, or undefined when the process is gone (or this is not Linux). */
export function rssBytes(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * User + system CPU seconds a process has used so far (0 when unknown); with `reaped`, also
 * what its children that have exited (and been waited for) used.
 */
export function cpuSeconds(pid: number, reaped = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (reaped ? own + Number(fields[13]) + Number(fields[14]) : own) / CLK_TCK;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

function pids(): number[] {
  try {
    return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
}

/** A direct child of `parent` whose command line satisfies `match`. */
export function findChild(parent: number, match: (argv: string[]) => boolean): number | undefined {
  return pids().find((p) => parentOf(p) === parent && match(cmdline(p)));
}

/** CPU seconds of a server and its children, live or exited (a postmaster and its backends). */
export function treeCpuSeconds(root: number): number {
  const children = pids().filter((p) => parentOf(p) === root);
  return cpuSeconds(root, true) + children.reduce((s, p) => s + cpuSeconds(p), 0);
}

/** Processes whose command name is `postgres` (a local PostgreSQL server and its backends). */
export function postgresPids(): number[] {
  return pids().filter((p) => {
    try {
      return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
}

/** CPU seconds used by the whole machine (all cores, busy time), from /proc/stat. */
export function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    const busy = line[0]! + line[1]! + line[2]! + line[5]! + line[6]! + (line[7] ?? 0);
    return busy / CLK_TCK;
  } catch {
    return 0;
  }
}

export const MB = 1024 * 1024;
