/**
 * The exported correlation network of a default SORN run (ne = 200, ni = 40, seed 5, 3,000
 * steps of uniform input seeded 1005), as `sorn figures` draws it: at most the live panel's edge
 * count, its nodes spanning the plot area, the neurons without a drawn edge below the graph, edge
 * opacity rising with strength, nodes coloured by firing rate.
 */
import { describe, expect, it } from "vitest";
import { analyzeRun } from "../src/analysis-run";
import { MAX_EDGES } from "../src/figures/network-layout";
import { uniformInput } from "../src/models/inputs";
import { runOf } from "../src/models/sorn/io/run-of";
import { SornNetwork } from "../src/models/sorn/network";

const net = new SornNetwork({ params: {}, seed: 5, records: ["ExcitatoryActivation", "InhibitoryActivation"], recordEvery: 1000 });
net.step(3000, uniformInput(10, 1005));
const set = analyzeRun(runOf(net, { kind: "uniform", seed: 1005 }), { figures: ["correlation-network"] }).figures();
const svg = set.figures.find((f) => f.name === "correlation-network")!.svg;

const attr = (tag: string, name: string): number => Number(new RegExp(`\\b${name}="([^"]+)"`).exec(tag)![1]);
const frame = /<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" fill="none" stroke="#000000"\/>/.exec(svg)![0];
const plot = { x: attr(frame, "x"), y: attr(frame, "y"), width: attr(frame, "width"), height: attr(frame, "height") };
const edgeGroup = /<g class="edges">([\s\S]*?)<\/g>/.exec(svg)![1];
const paths = [...edgeGroup.matchAll(/<path [^>]*>/g)].map((m) => m[0]);
const segments = paths.flatMap((p) => [...p.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)]);
const nodeGroup = /<g class="nodes">([\s\S]*?)<\/g><\/g>/.exec(svg)![1];
const circles = [...nodeGroup.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), r: Number(m[3]) }));
const ends = new Set(segments.flatMap((m) => [`${m[1]},${m[2]}`, `${m[3]},${m[4]}`]));
const linked = circles.filter((c) => ends.has(`${c.x},${c.y}`));
const isolated = circles.filter((c) => !ends.has(`${c.x},${c.y}`));
const span = (cs: typeof circles, k: "x" | "y") => Math.max(...cs.map((c) => c[k] + c.r)) - Math.min(...cs.map((c) => c[k] - c.r));

describe("the correlation network of a default 3,000-step run", () => {
  it("draws the live panel's edges: the strongest 1,500 pairs with r > 0.1, one path per strength bin", () => {
    expect(svg).toContain("25023 pairs with r &gt; 0.1, the strongest 1500 drawn; 240 neurons coloured by firing rate");
    expect(segments.length).toBe(MAX_EDGES);
    expect(paths.length).toBeLessThanOrEqual(5);
  });

  it("draws edge opacity and width rising with strength, 0.15 to 0.9", () => {
    const opacity = paths.map((p) => Number(/stroke-opacity="([\d.]+)"/.exec(p)![1]));
    const width = paths.map((p) => Number(/stroke-width="([\d.]+)"/.exec(p)![1]));
    expect(opacity[0]).toBe(0.15);
    expect(opacity.at(-1)).toBe(0.9);
    for (let k = 1; k < paths.length; k++) {
      expect(opacity[k]).toBeGreaterThan(opacity[k - 1]);
      expect(width[k]).toBeGreaterThan(width[k - 1]);
    }
  });

  it("spreads its 240 nodes over at least 80 % of the plot area's width and height", () => {
    expect(circles.length).toBe(240);
    expect(span(circles, "x") / plot.width).toBeGreaterThanOrEqual(0.95);
    expect(span(circles, "y") / plot.height).toBeGreaterThanOrEqual(0.95);
    // The connected graph alone fills the width and most of the height above the isolated rows.
    expect(span(linked, "x") / plot.width).toBeGreaterThanOrEqual(0.95);
    expect(span(linked, "y") / plot.height).toBeGreaterThanOrEqual(0.8);
  });

  it("puts the neurons with no drawn edge in rows below the connected graph, not among it", () => {
    expect([linked.length, isolated.length]).toEqual([170, 70]);
    const graphBottom = Math.max(...linked.map((c) => c.y + c.r));
    for (const c of isolated) expect(c.y - c.r).toBeGreaterThan(graphBottom);
    expect(new Set(isolated.map((c) => c.y)).size).toBe(2);
  });

  it("colours nodes by firing rate with a colour bar, and is the same picture every time", () => {
    expect(svg).toContain("firing rate (spikes/step)");
    expect(svg).toContain('class="colorbar"');
    const again = analyzeRun(runOf(net, { kind: "uniform", seed: 1005 }), { figures: ["correlation-network"] }).figures();
    expect(again.figures.find((f) => f.name === "correlation-network")!.svg).toBe(svg);
  });
});
