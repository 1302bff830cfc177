/**
 * The sweep's files: download its spec (for `sorn sweep run`), load a spec or a merged results
 * file (a bad or foreign file: one message saying why), the sweep's link (`?sweep=…`), and the
 * Slurm array job: `job.sh` for
 * `cd DIR && sbatch job.sh`, with points per task, CPUs per task, partition, time and the
 * checkout's path on the cluster.
 */
import { useStore } from "zustand";
import type { JobForm, SweepModel } from "../../state/sweeps/sweep-model";

function FileButton({ label, onText }: { label: string; onText: (text: string, name: string) => void }) {
  return (
    <label className="exp-field">
      {label}{" "}
      <input
        type="file"
        aria-label={label}
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void file.text().then((t) => onText(t, file.name));
        }}
      />
    </label>
  );
}

const JOB_FIELDS: { key: keyof JobForm; label: string }[] = [
  { key: "pointsPerTask", label: "Points per task" },
  { key: "cpusPerTask", label: "CPUs per task" },
  { key: "partition", label: "Partition" },
  { key: "time", label: "Time limit" },
  { key: "repo", label: "SORN Lab checkout on the cluster" },
];

/** Spec, results and Slurm files. */
export function SweepFilesView({ model }: { model: SweepModel }) {
  const job = useStore(model.store, (s) => s.job);
  const link = useStore(model.store, (s) => s.link);
  const running = useStore(model.store, (s) => s.phase) === "running";
  return (
    <details className="sweep-files">
      <summary>Files and Slurm</summary>
      <div className="exp-controls">
        <button type="button" onClick={() => model.downloadSpec()}>Download spec (JSON)</button>
        <FileButton label="Load spec" onText={(t, n) => model.loadSpec(t, n)} />
        {!running && <FileButton label="Load merged results" onText={(t, n) => model.loadResults(t, n)} />}
        <button type="button" onClick={() => model.share()}>Link to this sweep</button>
      </div>
      {link && (
        <label className="exp-field">
          Sweep link{" "}
          <input aria-label="Sweep link" className="wide" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
      <fieldset>
        <legend>Slurm job array</legend>
        {JOB_FIELDS.map((f) => (
          <label key={f.key} className="exp-field">
            {f.label}{" "}
            <input aria-label={f.label} className={f.key === "repo" ? "wide" : "narrow"} value={job[f.key]} onChange={(e) => model.editJob({ [f.key]: e.target.value })} />
          </label>
        ))}
        <div className="exp-controls">
          <button type="button" onClick={() => model.downloadJob()}>Download job.sh</button>
        </div>
        <p className="desc">
          Put job.sh in an empty folder on the cluster and run <code>cd DIR &amp;&amp; sbatch job.sh</code>; it writes spec.json there and each task runs{" "}
          <code>sorn sweep task</code> in the checkout. Then <code>sorn sweep merge DIR --json OUT.json</code> and load OUT.json here.
        </p>
      </fieldset>
    </details>
  );
}
