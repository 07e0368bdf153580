import { useLayoutEffect, useRef } from 'react';

export interface RenderTimes {
  mountMs: number;
  paintMs: number;
}

/**
 * Reports once how long the component took from this hook's first call to its mount, and to the first frame
 * after it (layout and paint included).
 */
export function useFirstRender(report: (times: RenderTimes) => void): void {
  const started = useRef(performance.now());
  const reported = useRef(false);
  const latest = useRef(report);
  latest.current = report;

  useLayoutEffect(() => {
    if (reported.current) return;
    reported.current = true;
    const mounted = performance.now() - started.current;
    requestAnimationFrame(() =>
      setTimeout(() => latest.current({ mountMs: mounted, paintMs: performance.now() - started.current }), 0),
    );
  }, []);
}
