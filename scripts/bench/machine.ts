// The machine a run was measured on, so figures from two runs are only compared like for like.
import { cpus, loadavg, totalmem, platform, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ram_gb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: above the core count means other work shared the CPUs. */
  load_avg_start: number;
  /** One line for the table and BENCHMARKS.md. */
  summary: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  const cpu = list[0]?.model.trim() ?? 'unknown CPU';
  const ramGb = Math.round((totalmem() / 1024 ** 3) * 10) / 10;
  const os = `${platform()} ${release()}`;
  return {
    cpu,
    cores: list.length,
    ram_gb: ramGb,
    node: process.version,
    os,
    load_avg_start: Math.round(loadavg()[0] * 100) / 100,
    summary: `${cpu}, ${list.length} cores, ${ramGb} GB RAM, Node ${process.version}, ${os}`,
  };
}
