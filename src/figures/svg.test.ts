import { describe, expect, it } from "vitest";
import { blockLowerTriangle } from "./correlation";
import { dashboardFigure, svgSize } from "./dashboard";
import { binEdges, histogram } from "./hist";
import { forceLayout, lcg } from "./network";
import { strongestEdges } from "./network-layout";
import { populationActivityFigure } from "./population";
import { escapeXml, metadataJson, num, readSvgMetadata, unescapeXml } from "./svg";
import { sampleMeta } from "../../test/support/figures/testdata";
import { checkWellFormed } from "../../test/support/figures/xmlcheck";

describe("svg helpers", () => {
  it("rounds to 2 decimals and never writes -0", () => {
    expect(num(1.23456)).toBe("1.23");
    expect(num(-0.001)).toBe("0");
    expect(num(2)).toBe("2");
    expect(() => num(NaN)).toThrow(/non-finite/);
  });

  it("escapes and unescapes XML", () => {
    const s = `a<b>&"c'`;
    expect(escapeXml(s)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(unescapeXml(escapeXml(s))).toBe(s);
    expect(unescapeXml("&#x3bc;&#963;")).toBe("μσ");
  });

  it("writes the metadata object in a fixed shape", () => {
    expect(metadataJson({ title: "t", config: { a: [1, 2] }, seed: "s1" })).toBe(
      '{"generator":"SORN Lab","config":{"a":[1,2]},"seed":"s1"}',
    );
  });
});

describe("xml checker", () => {
  it.each([
    ["unclosed", "<svg><g></svg>", /closes <g>/],
    ["never closed", "<svg><g>", /never closed/],
    ["raw ampersand", "<svg>a & b</svg>", /bad entity/],
    ["raw < in attribute", '<svg a="<"/>', /stray '<'/],
    ["unquoted attribute", "<svg a=1/>", /not quoted/],
    ["duplicate attribute", '<svg a="1" a="2"/>', /duplicate attribute/],
    ["two roots", "<svg/><svg/>", /second root/],
    ["text outside root", "<svg/>x", /outside the root/],
    ["empty", "   ", /no root/],
  ])("rejects %s", (_n, xml, message) => {
    expect(() => checkWellFormed(xml)).toThrow(message);
  });

  it("accepts a small document", () => {
    expect(checkWellFormed('<?xml version="1.0"?>\n<svg a="1"><!-- c --><g b=\'x &amp; y\'>t &#955;</g><rect/></svg>\n')).toBe("svg");
  });
});

describe("binning", () => {
  it("uses unit bins for small integer ranges and equal widths otherwise", () => {
    expect(binEdges([2, 3, 5], { integer: true })).toEqual([1.5, 2.5, 3.5, 4.5, 5.5]);
    expect(binEdges([0, 10], { bins: 4 })).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(binEdges([1, 30], { bins: 10, integerWidth: true })).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31]);
    expect(histogram([0, 1, 1, 10], { bins: 2 }).map((b) => b.count)).toEqual([3, 1]);
  });
});

describe("correlation blocks", () => {
  it("averages the strict lower triangle per block", () => {
    // 3×3, lower entries (1,0)=1, (2,0)=2, (2,1)=3; blocks of 2 → [[(1,0)], [(2,0),(2,1)]]
    const m = [9, 0, 0, 1, 9, 0, 2, 3, 9];
    expect(blockLowerTriangle(m, 3, 2)).toEqual([
      [1, null],
      [2.5, null],
    ]);
    expect(blockLowerTriangle(m, 3, 1)).toEqual([
      [null, null, null],
      [1, null, null],
      [2, 3, null],
    ]);
  });
});

describe("network layout", () => {
  it("finds edges above the threshold in either direction", () => {
    expect(strongestEdges([1, 0.5, 0, 0, 1, 0, 0.3, 0, 1], 3, 0.2).edges).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it("is deterministic for a seed and changes with it", () => {
    const a = forceLayout(6, [[0, 1], [1, 2]], 50, 1).map((d) => [d.x, d.y]);
    const b = forceLayout(6, [[0, 1], [1, 2]], 50, 1).map((d) => [d.x, d.y]);
    expect(a).toEqual(b);
    expect(lcg(1)()).not.toBe(lcg(2)());
  });
});

describe("dashboard", () => {
  it("nests each figure in the composer's default layout (rows sharing a height, gap apart) and keeps every figure's metadata", () => {
    const f1 = populationActivityFigure({ counts: [1, 2, 3] }, sampleMeta("One"));
    const f2 = populationActivityFigure({ counts: [3, 2, 1] }, { ...sampleMeta("Two"), seed: 7 });
    const f3 = populationActivityFigure({ counts: [0, 0, 1] }, sampleMeta("Three"));
    const d = dashboardFigure([f1, f2, f3], { title: "All", config: { x: 1 }, seed: 3 }, { columns: 2, gap: 10 });
    expect(checkWellFormed(d)).toBe("svg");
    // Two 640×380 panels fill 1280 units with one 10-unit gap: each 635 wide, 635·380/640 tall.
    const h = (635 * 380) / 640;
    expect(svgSize(d)).toEqual({ width: 1280, height: Math.round((34 + h + 10 + h) * 100) / 100 });
    expect(d).toContain('<svg x="0" y="34" xmlns');
    expect(d).toContain('<svg x="645" y="34" xmlns');
    expect(d).toContain(`<svg x="0" y="${Math.round((34 + h + 10) * 100) / 100}" xmlns`);
    expect(readSvgMetadata(d)).toEqual({ generator: "SORN Lab", config: { x: 1 }, seed: 3 });
    expect(d.match(/<metadata>/g)).toHaveLength(4);
    expect(d).toContain("<desc>One; Two; Three</desc>");
  });
});
