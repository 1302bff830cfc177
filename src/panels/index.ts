/**
 * Every panel of the lab, in display order. Adding a panel is one file beside these (its
 * registration) and one line here, plus its view under `src/ui/panels/` with one line there.
 */
import type { PanelDef } from "./panel";
import { connectionsPanel } from "./connections";
import { correlationPanel } from "./correlation";
import { populationPanel } from "./population";
import { rasterPanel } from "./raster";
import { ratesPanel } from "./rates";
import { weightsPanel } from "./weights";

/** The registered panels, in display order. */
export const PANELS: readonly PanelDef[] = [rasterPanel, populationPanel, weightsPanel, ratesPanel, connectionsPanel, correlationPanel];

/** Panel ids, in display order. */
export const PANEL_IDS: readonly string[] = PANELS.map((p) => p.id);

/** A panel's id. */
export type PanelId = string;

/** The registration of panel `id` (undefined for an unknown id). */
export function panelDef(id: string): PanelDef | undefined {
  return PANELS.find((p) => p.id === id);
}

/** A panel's title (the id itself for an unknown one). */
export function panelTitle(id: string): string {
  return panelDef(id)?.title ?? id;
}
