/** A panel's frame: title, a one-line summary (written by the plot), export (SVG, PNG), Enlarge and Hide. */
import type { ReactNode, RefObject } from "react";
import { panelTitle, type PanelId } from "../panels";
import { useLab, useLabApi } from "./context";

/** Card around one plot. */
export function PanelCard({ id, infoRef, controls, children, after }: { id: PanelId; infoRef?: RefObject<HTMLParagraphElement | null>; controls?: ReactNode; children: ReactNode; after?: ReactNode }) {
  const { lab, exporter } = useLabApi();
  const enlarged = useLab((s) => s.enlarged === id);
  const busy = useLab((s) => Boolean(s.busy[`export-${id}`]));
  const title = panelTitle(id);
  return (
    <section className={`panel panel-${id}${enlarged ? " enlarged" : ""}`} aria-labelledby={`panel-${id}-h`}>
      <header className="panel-head">
        <h3 id={`panel-${id}-h`}>{title}</h3>
        <div className="panel-buttons">
          <button type="button" aria-label={`Export ${title} as SVG`} disabled={busy} onClick={() => void exporter.figure(id, "svg")}>
            SVG
          </button>
          <button type="button" aria-label={`Export ${title} as PNG`} disabled={busy} onClick={() => void exporter.figure(id, "png")}>
            PNG
          </button>
          <button type="button" aria-pressed={enlarged} aria-label={`${enlarged ? "Shrink" : "Enlarge"} ${title}`} onClick={() => lab.enlarge(enlarged ? null : id)}>
            {enlarged ? "Shrink" : "Enlarge"}
          </button>
          <button type="button" aria-label={`Hide ${title}`} onClick={() => lab.togglePanel(id, false)}>
            Hide
          </button>
        </div>
      </header>
      {controls && <div className="panel-controls">{controls}</div>}
      <div className="plot-host">{children}</div>
      {infoRef && <p className="panel-info" ref={infoRef} data-testid={`${id}-info`} />}
      {after}
    </section>
  );
}
