/**
 * A one-node Slurm on this machine, for the tests and the Slurm scripts (spec: issue 15, "Tested
 * on a real Slurm"): Debian's slurmctld, slurmd, slurm-client and munge, all private to a
 * temporary folder — munged on its own socket (as the munge user, with the machine's key; one is
 * made with `mungekey -c` if absent), a slurm.conf with one node (this host, its CPUs, a
 * RealMemory below the machine's), proctrack/linuxproc, task/none, select/cons_tres, one
 * default partition, on ports of its own. Clients find it through $SLURM_CONF
 * ({@link LocalSlurm.env}). `stop()` ends the three daemons it started, by their pids.
 * Needs root; {@link localSlurmUnavailable} says why it cannot run.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, freemem, hostname, tmpdir } from "node:os";
import { join } from "node:path";

const BINARIES = ["munged", "slurmctld", "slurmd", "sbatch", "sinfo", "squeue"];
const KEY = "/etc/munge/munge.key";

const which = (name: string) => spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();

/** Why a local Slurm cannot start here (null when it can). */
export function localSlurmUnavailable(): string | null {
  if (process.platform !== "linux") return `Slurm needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return "starting slurmctld/slurmd/munged needs root (CI runs as root)";
  const missing = BINARIES.filter((b) => !which(b));
  if (missing.length) return `not installed: ${missing.join(", ")} (apt-get install -y slurmctld slurmd slurm-client munge)`;
  if (spawnSync("id", ["-u", "munge"]).status !== 0) return "no munge user (the munge package makes it)";
  return null;
}

/** A running one-node cluster. */
export interface LocalSlurm {
  readonly dir: string;
  /** process.env plus SLURM_CONF: what sbatch, squeue, sinfo need to find it. */
  readonly env: NodeJS.ProcessEnv;
  readonly pids: readonly number[];
  /** A daemon's log (slurmctld, slurmd, munged). */
  log(name: string): string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, ms: number, logs: () => string): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`local Slurm: ${what} did not happen within ${ms / 1000} s\n${logs()}`);
    await sleep(200);
  }
}

/** Start munged, slurmctld and slurmd in a temporary folder; resolves once `sinfo` shows the node idle. */
export async function startLocalSlurm(): Promise<LocalSlurm> {
  const why = localSlurmUnavailable();
  if (why) throw new Error(`local Slurm: ${why}`);
  const dir = mkdtempSync(join(tmpdir(), "sorn-slurm-"));
  chmodSync(dir, 0o755);
  const uid = Number(spawnSync("id", ["-u", "munge"], { encoding: "utf8" }).stdout);
  const gid = Number(spawnSync("id", ["-g", "munge"], { encoding: "utf8" }).stdout);
  if (!existsSync(KEY)) {
    spawnSync("mungekey", ["-c", "-k", KEY]);
    chownSync(KEY, uid, gid);
    chmodSync(KEY, 0o400);
  }
  const mdir = join(dir, "munge");
  mkdirSync(mdir, { mode: 0o755 });
  chownSync(mdir, uid, gid);
  for (const d of ["state", "spool", "log"]) mkdirSync(join(dir, d));
  const socket = join(mdir, "munge.socket");
  const procs: ChildProcess[] = [];
  const log = (name: string) => {
    const p = join(dir, "log", `${name}.log`);
    return existsSync(p) ? readFileSync(p, "utf8") : "";
  };
  const logs = () => ["munged", "slurmctld", "slurmd"].map((n) => `--- ${n}:\n${log(n).split("\n").slice(-15).join("\n")}`).join("\n");
  const start = (cmd: string, args: string[], extra: { uid?: number; gid?: number } = {}) => {
    const out = openSync(join(dir, "log", `${cmd}.stdout`), "a");
    const p = spawn(cmd, args, { ...extra, detached: true, stdio: ["ignore", out, out], env: { ...process.env, SLURM_CONF: conf } });
    p.unref();
    procs.push(p);
    return p;
  };
  const conf = join(dir, "slurm.conf");
  const stop = async () => {
    for (const p of [...procs].reverse()) {
      if (p.exitCode !== null || p.pid === undefined) continue;
      try {
        process.kill(p.pid, "SIGTERM");
      } catch {
        continue;
      }
      const t0 = Date.now();
      while (p.exitCode === null && p.signalCode === null && Date.now() - t0 < 10_000) await sleep(100);
      if (p.exitCode === null && p.signalCode === null) process.kill(p.pid, "SIGKILL");
    }
  };
  try {
    start("munged", ["-F", "-S", socket, "--key-file", KEY, "--pid-file", join(mdir, "munged.pid"), "--log-file", join(mdir, "munged.log"), "--seed-file", join(mdir, "munged.seed")], { uid, gid });
    await until("munged's socket", () => existsSync(socket), 10_000, () => log("munged") + readFileSync(join(dir, "log", "munged.stdout"), "utf8"));
    const host = hostname().split(".")[0];
    const port = 20000 + Math.floor(Math.random() * 20000);
    const memMb = Math.max(256, Math.floor(freemem() / 2 ** 20 / 2));
    writeFileSync(conf, [
      "ClusterName=sornlab",
      `SlurmctldHost=${host}(127.0.0.1)`,
      "SlurmUser=root",
      `SlurmctldPort=${port}`,
      `SlurmdPort=${port + 1}`,
      "AuthType=auth/munge",
      `AuthInfo=socket=${socket}`,
      "CredType=cred/munge",
      `StateSaveLocation=${join(dir, "state")}`,
      `SlurmdSpoolDir=${join(dir, "spool")}`,
      `SlurmctldPidFile=${join(dir, "slurmctld.pid")}`,
      `SlurmdPidFile=${join(dir, "slurmd.pid")}`,
      `SlurmctldLogFile=${join(dir, "log", "slurmctld.log")}`,
      `SlurmdLogFile=${join(dir, "log", "slurmd.log")}`,
      "ProctrackType=proctrack/linuxproc",
      "TaskPlugin=task/none",
      "SelectType=select/cons_tres",
      "SelectTypeParameters=CR_CPU",
      "SchedulerType=sched/builtin",
      "JobAcctGatherType=jobacct_gather/none",
      "AccountingStorageType=accounting_storage/none",
      "MpiDefault=none",
      "ReturnToService=2",
      "MinJobAge=10", // sbatch --wait polls every 2 s when MinJobAge / 4 ≤ 2 (else 2, 8, 32 s)
      `NodeName=${host} NodeAddr=127.0.0.1 CPUs=${availableParallelism()} RealMemory=${memMb} State=UNKNOWN`,
      `PartitionName=debug Nodes=${host} Default=YES MaxTime=INFINITE State=UP`,
      "",
    ].join("\n"));
    start("slurmctld", ["-D", "-f", conf]);
    await sleep(500);
    start("slurmd", ["-D", "-f", conf]);
    const env = { ...process.env, SLURM_CONF: conf };
    const state = () => spawnSync("sinfo", ["-h", "-o", "%T"], { env, encoding: "utf8" }).stdout.trim();
    await until("the node to be idle in sinfo", () => state() === "idle", 40_000, () => `sinfo: ${state()}\n${logs()}`);
    return { dir, env, pids: procs.map((p) => p.pid!), log, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
