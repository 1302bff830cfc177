/** The composer's model with a fake backend: preview as panels are picked, the figure cache, problems, downloads. */
import { describe, expect, it } from "vitest";
import type { PrintSize } from "../figures/print-size";
import type { FigureLayout } from "../figures/svg";
import { ComposerModel, type ComposedFormat, type ComposerBackend } from "./composer";

const panel = (id: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400"><title>${id}</title></svg>`;
const letters = (svg: string | null): string[] => [...(svg ?? "").matchAll(/class="panel-letter"[^>]*>([^<]*)</g)].map((m) => m[1]);

class FakeBackend implements ComposerBackend {
  made: string[] = [];
  layouts: (FigureLayout | undefined)[] = [];
  saved: { svg: string; format: ComposedFormat; size: PrintSize; dpi: number }[] = [];
  t = 300;
  correlation = false;
  async panelSvg(p: string, layout?: FigureLayout): Promise<string> {
    this.made.push(p);
    this.layouts.push(layout);
    if (p === "correlation" && !this.correlation) throw new Error("compute the correlation network first");
    return panel(p);
  }
  figureStamp(): readonly unknown[] {
    return [this.t];
  }
  step(): number {
    return this.t;
  }
  figureMeta() {
    return { config: { params: { ne: 200 } }, seed: 7 };
  }
  unavailable(p: string): string | null {
    return p === "correlation" && !this.correlation ? "compute the correlation network first" : null;
  }
  async saveComposed(svg: string, format: ComposedFormat, size: PrintSize, dpi: number): Promise<void> {
    this.saved.push({ svg, format, size, dpi });
  }
}

function composer(): { model: ComposerModel; backend: FakeBackend } {
  const backend = new FakeBackend();
  return { model: new ComposerModel(backend), backend };
}

describe("ComposerModel", () => {
  it("opens with nothing picked: no preview, and the correlation network marked as not drawable yet", async () => {
    const { model } = composer();
    await model.open();
    const s = model.store.getState();
    expect(s.open).toBe(true);
    expect(s.preview).toEqual({ svg: null, step: null, error: null, busy: false });
    expect(s.unavailable).toEqual({ correlation: "compute the correlation network first" });
  });

  it("the preview follows the picked panels, each figure made once per step and layout", async () => {
    const { model, backend } = composer();
    await model.open();
    await model.pick("raster", true);
    await model.pick("weights", true);
    await model.pick("rates", true);
    const { preview } = model.store.getState();
    expect(letters(preview.svg)).toEqual(["A", "B", "C"]);
    expect(preview.step).toBe(300);
    expect(/<svg\b[^>]*\swidth="174mm"/.test(preview.svg!)).toBe(true);
    // One panel fills a row of one; with the second, both are laid out in a box of two columns.
    expect(backend.made).toEqual(["raster", "raster", "weights", "rates"]);
    expect(backend.layouts.map((l) => l?.width)).toEqual([775, 383.5, 383.5, 383.5]);
    await model.update({ letters: false, title: "Figure 1" });
    expect(backend.made).toHaveLength(4);
    await model.update({ cols: 3, order: "panel" });
    expect(model.store.getState().preview.svg).toContain("<desc>raster; weights; rates</desc>");
    expect(backend.made).toHaveLength(7);
    backend.t = 400;
    await model.refresh();
    expect(backend.made).toHaveLength(10);
    expect(model.store.getState().preview.step).toBe(400);
  });

  it("a panel that cannot be drawn shows why instead of a preview", async () => {
    const { model } = composer();
    await model.pick("correlation", true);
    expect(model.store.getState().preview).toMatchObject({ svg: null, error: "compute the correlation network first", busy: false });
  });

  it("downloads the unsized composition with its print size and dpi; an empty one is refused with the one sentence", async () => {
    const { model, backend } = composer();
    await expect(model.download("svg")).rejects.toThrow("Pick at least one panel to compose a figure.");
    await model.pick("raster", true);
    await model.update({ size: "single", dpi: 600, title: "Figure 1" });
    await model.download("pdf");
    expect(backend.saved).toHaveLength(1);
    expect(backend.saved[0]).toMatchObject({ format: "pdf", size: { unit: "mm", width: 85 }, dpi: 600 });
    expect(backend.saved[0].svg).toContain("<title>Figure 1</title>");
    expect(/<svg\b[^>]*\swidth="85mm"/.test(backend.saved[0].svg)).toBe(false);
  });

  it("a later refresh supersedes a slower earlier one", async () => {
    const { model, backend } = composer();
    let release!: () => void;
    const slow = backend.panelSvg.bind(backend);
    backend.panelSvg = (p) => (p === "raster" ? new Promise<string>((r) => (release = () => r(panel("raster")))) : slow(p));
    const first = model.pick("raster", true);
    await model.pick("raster", false);
    release();
    await first;
    expect(model.store.getState().preview.svg).toBeNull();
  });
});
