import fs from "node:fs";
import os from "node:os";

// What else the machine was doing during a measurement. On a 2-core machine shared with builds and
// browsers, a figure means little without it: /proc/stat gives the whole machine's busy time, /proc/<pid>/stat
// the server's, process.cpuUsage() the load generator's (this process); the rest is someone else's.

const CLOCK_TICKS_PER_SECOND = 100;

function machineTicks(): { busy: number; total: number } | null {
  try {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idle + iowait };
  } catch {
    return null;
  }
}

/** utime + stime of a process and its descendants (Next may run workers), in clock ticks. */
function treeTicks(rootPid: number): number {
  let stats: { pid: number; ppid: number; ticks: number }[];
  try {
    stats = fs
      .readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => {
        try {
          const text = fs.readFileSync(`/proc/${name}/stat`, "utf8");
          // The command name is in parentheses and may contain spaces: split after the last ")".
          const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
          return [{ pid: Number(name), ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) }];
        } catch {
          return [];
        }
      });
  } catch {
    return 0;
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) {
      if (!inTree.has(stat.pid) && inTree.has(stat.ppid)) {
        inTree.add(stat.pid);
        grew = true;
      }
    }
  }
  return stats.filter((stat) => inTree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0);
}

export type CpuShare = {
  /** Cores in use on average over the interval (0 to nproc), by whom. */
  machineCores: number | null;
  serverCores: number | null;
  /** The server's CPU time over the interval, in seconds (clock ticks of 10 ms): its cost per request when divided by the answers. */
  serverCpuSeconds: number | null;
  generatorCores: number;
  /** Everything that is neither the server nor the load generator: other people's builds and browsers. */
  otherCores: number | null;
  loadAverage: [number, number, number];
};

/** Starts measuring; the returned function ends the interval and says who used the CPU. */
export function measureCpu(serverPids: number[]): () => CpuShare {
  const startedAt = process.hrtime.bigint();
  const machine = machineTicks();
  const servers = serverPids.map(treeTicks);
  const self = process.cpuUsage();
  return () => {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const machineNow = machineTicks();
    const usage = process.cpuUsage(self);
    const generatorCores = (usage.user + usage.system) / 1e6 / seconds;
    const cores = os.availableParallelism();
    const machineCores =
      machine && machineNow ? ((machineNow.busy - machine.busy) / (machineNow.total - machine.total)) * cores : null;
    const serverCpuSeconds = machine ? serverPids.reduce((sum, pid, i) => sum + (treeTicks(pid) - servers[i]) / CLOCK_TICKS_PER_SECOND, 0) : null;
    const serverCores = serverCpuSeconds === null ? null : serverCpuSeconds / seconds;
    const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    return {
      machineCores: round(machineCores),
      serverCores: round(serverCores),
      serverCpuSeconds,
      generatorCores: round(generatorCores)!,
      otherCores: machineCores !== null && serverCores !== null ? round(Math.max(0, machineCores - serverCores - generatorCores)) : null,
      loadAverage: loadAverage(),
    };
  };
}

export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = os.loadavg().map((value) => Math.round(value * 100) / 100);
  return [one, five, fifteen];
}
