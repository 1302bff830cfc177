/**
 * The composer dialog (Export ▸ Compose figure…): pick panels, columns, letters, a title and a
 * print size; the composed figure previews as panels are picked and downloads as SVG, PNG or PDF.
 * Everything it decides lives in `src/export/composition.ts` and `composer.ts`; this renders it.
 */
import { useEffect, useState } from "react";
import { useModal } from "./useModal";
import { useStore } from "zustand";
import type { ComposerState } from "../export/composer";
import {
  COMPOSE_DPIS,
  composedDescription,
  compositionProblem,
  compositionSize,
  MAX_COMPOSE_COLS,
  SIZE_CHOICES,
  sizeInWords,
  type CompositionSettings,
  type SizeChoice,
} from "../export/composition";
import { PANELS } from "../panels";
import { useLab, useLabApi } from "./context";

/** Read the composer's store through a selector. */
function useComposer<T>(selector: (s: ComposerState) => T): T {
  return useStore(useLabApi().exporter.composer.store, selector);
}

/** A blob: URL for `svg` while it is shown (revoked when it changes), or null. */
function useSvgUrl(svg: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (svg === null) return setUrl(null);
    const u = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [svg]);
  return url;
}

/** The composed figure as an image, or why there is none. */
function Preview({ settings }: { settings: CompositionSettings }) {
  const preview = useComposer((s) => s.preview);
  const url = useSvgUrl(preview.svg);
  const problem = compositionProblem(settings);
  let caption: string;
  if (problem) caption = problem;
  else if (preview.error) caption = `Cannot compose: ${preview.error}.`;
  else if (preview.busy && !preview.svg) caption = "Composing…";
  else caption = `Preview of step ${(preview.step ?? 0).toLocaleString("en-US")}, ${sizeInWords(compositionSize(settings))}${preview.busy ? " (updating…)" : ""}`;
  return (
    <figure className="composer-preview" aria-busy={preview.busy}>
      {url && !problem && !preview.error && <img src={url} alt={`Composed figure: ${composedDescription(preview.svg ?? "")}`} data-testid="composer-preview" />}
      <figcaption>
        <span id="composer-status" role="status" className={problem || preview.error ? "field-error" : "desc"}>
          {caption}
        </span>
      </figcaption>
    </figure>
  );
}

/** The modal composer. */
export function ComposerDialog() {
  const { exporter } = useLabApi();
  const composer = exporter.composer;
  const open = useComposer((s) => s.open);
  const settings = useComposer((s) => s.settings);
  const unavailable = useComposer((s) => s.unavailable);
  const saving = useLab((s) => !!s.busy["export-composed"]);
  const ref = useModal(open);
  const set = (patch: Partial<CompositionSettings>) => void composer.update(patch);
  const problem = compositionProblem(settings);
  return (
    // Keys stay in the modal: Space ticks a panel here instead of playing the run behind it.
    <dialog
      ref={ref}
      className="composer"
      aria-labelledby="composer-h"
      onClose={() => composer.close()}
      onKeyDown={(e) => e.stopPropagation()}
      onKeyUp={(e) => e.stopPropagation()}
    >
      <h2 id="composer-h">Compose a figure</h2>
      <div className="composer-body">
        <form className="composer-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Panels</legend>
            {PANELS.map(({ id, title }) => {
              const picked = settings.panels.includes(id);
              const why = unavailable[id];
              return (
                <label key={id} className="check" title={why && !picked ? `Cannot be drawn yet: ${why}` : undefined}>
                  <input type="checkbox" checked={picked} disabled={!!why && !picked} onChange={(e) => void composer.pick(id, e.target.checked)} /> {title}
                  {why && !picked && <span className="desc"> ({why})</span>}
                </label>
              );
            })}
          </fieldset>
          <label>
            Order{" "}
            <select aria-label="Order" value={settings.order} onChange={(e) => set({ order: e.target.value as CompositionSettings["order"] })}>
              <option value="picked">In the order picked</option>
              <option value="panel">In the lab's panel order</option>
            </select>
          </label>
          <label>
            Columns{" "}
            <select aria-label="Columns" value={settings.cols} onChange={(e) => set({ cols: Number(e.target.value) })}>
              {Array.from({ length: MAX_COMPOSE_COLS }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={settings.letters} onChange={(e) => set({ letters: e.target.checked })} /> Panel letters (A, B, C…)
          </label>
          <label>
            Style{" "}
            <select aria-label="Style" value={settings.style} onChange={(e) => set({ style: e.target.value as CompositionSettings["style"] })}>
              <option value="screen">Screen: titles drawn</option>
              <option value="paper">Paper: no titles, caption as .txt</option>
            </select>
          </label>
          <label>
            Title (optional){" "}
            <input type="text" aria-label="Title (optional)" value={settings.title} placeholder="none" onChange={(e) => set({ title: e.target.value })} />
          </label>
          <label>
            Print size{" "}
            <select aria-label="Print size" value={settings.size} onChange={(e) => set({ size: e.target.value as SizeChoice })}>
              {SIZE_CHOICES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          {settings.size === "custom" && (
            <label>
              Custom size (W×H in mm or px){" "}
              <input type="text" aria-label="Custom size (W×H in mm or px)" className="narrow" value={settings.custom} onChange={(e) => set({ custom: e.target.value })} />
            </label>
          )}
          <label>
            PNG resolution{" "}
            <select aria-label="PNG resolution" value={settings.dpi} onChange={(e) => set({ dpi: Number(e.target.value) })}>
              {COMPOSE_DPIS.map((d) => (
                <option key={d} value={d}>
                  {d} dpi
                </option>
              ))}
            </select>
          </label>
        </form>
        <Preview settings={settings} />
      </div>
      <div className="composer-actions">
        {(["svg", "png", "pdf"] as const).map((f) => (
          <button key={f} type="button" disabled={!!problem || saving} aria-describedby={problem ? "composer-status" : undefined} onClick={() => void exporter.composition(f)}>
            Download {f.toUpperCase()}
          </button>
        ))}
        {settings.style === "paper" && (
          <button type="button" disabled={!!problem || saving} aria-describedby={problem ? "composer-status" : undefined} onClick={() => void exporter.composition("txt")}>
            Download caption (.txt)
          </button>
        )}
        <button type="button" onClick={() => composer.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
