/** Small readers of the generic frame (`worker/protocol.ts`) that the plots share. */
import type { Frame } from "../worker/protocol";

/** Size of spike group `name` in the frame (0 when the model has no such group). */
export function groupSize(f: Frame, name: string): number {
  return f.spikes.groups.find((g) => g.name === name)?.size ?? 0;
}
