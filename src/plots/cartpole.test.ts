/** drawCartPole: the calls it makes on a recording context, in Gymnasium's drawing order. */
import { describe, expect, it } from "vitest";
import { drawCartPole, type CartPoleContext } from "./cartpole";

function recorder(): { ctx: CartPoleContext; calls: string[] } {
  const calls: string[] = [];
  const state = { fillStyle: "", strokeStyle: "", lineWidth: 0 };
  const rec =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(`${name}(${args.map((a) => (typeof a === "number" ? +a.toFixed(3) : a)).join(",")})`);
  const ctx = {
    save: rec("save"),
    restore: rec("restore"),
    setTransform: rec("setTransform"),
    fillRect: (...a: number[]) => void calls.push(`fillRect(${a.join(",")}) ${state.fillStyle}`),
    beginPath: rec("beginPath"),
    moveTo: rec("moveTo"),
    lineTo: rec("lineTo"),
    closePath: rec("closePath"),
    fill: () => void calls.push(`fill ${state.fillStyle}`),
    arc: rec("arc"),
    stroke: () => void calls.push(`stroke ${state.strokeStyle}`),
    set fillStyle(v: string) {
      state.fillStyle = v;
    },
    get fillStyle() {
      return state.fillStyle;
    },
    set strokeStyle(v: string) {
      state.strokeStyle = v;
    },
    get strokeStyle() {
      return state.strokeStyle;
    },
    set lineWidth(v: number) {
      state.lineWidth = v;
    },
    get lineWidth() {
      return state.lineWidth;
    },
  } as unknown as CartPoleContext;
  return { ctx, calls };
}

describe("drawCartPole", () => {
  it("draws background, cart, pole, axle, track at the geometry's coordinates", () => {
    const { ctx, calls } = recorder();
    drawCartPole(ctx, [1.0, 0, 0, 0], 2);
    expect(calls).toEqual([
      "save()",
      "setTransform(2,0,0,2,0,0)",
      "fillRect(0,0,600,400) rgb(255, 255, 255)",
      "fillRect(400,285,50,30) rgb(0, 0, 0)",
      "beginPath()",
      "moveTo(420,297.5)",
      "lineTo(420,172.5)",
      "lineTo(430,172.5)",
      "lineTo(430,297.5)",
      "closePath()",
      "fill rgb(202, 152, 101)",
      "beginPath()",
      "arc(425,292.5,5,0,6.283)",
      "fill rgb(129, 132, 203)",
      "beginPath()",
      "moveTo(0,300)",
      "lineTo(600,300)",
      "stroke rgb(0, 0, 0)",
      "restore()",
    ]);
  });
  it("tilts the pole to the right for θ > 0", () => {
    const { ctx, calls } = recorder();
    const g = drawCartPole(ctx, [0, 0, 0.1, 0]);
    expect(g.pole.tip.x).toBeGreaterThan(300);
    const tipSide = calls.filter((c) => c.startsWith("lineTo")).slice(0, 2);
    expect(tipSide.every((c) => Number(c.slice(7).split(",")[0]) > 300)).toBe(true);
  });
});
