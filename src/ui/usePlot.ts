/** Mount an imperative plot into a div for the component's lifetime. */
import { useEffect, useRef } from "react";

/** A plot object with a destroy(). */
export interface Destroyable {
  destroy(): void;
}

/** Returns the ref of the host div; `make` builds the plot into it once. */
export function usePlot(make: (host: HTMLDivElement) => Destroyable) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const plot = make(ref.current);
    return () => plot.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
