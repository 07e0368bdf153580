/** The LP/MILP engines behind one interface (types.ts). */
import { createHighsEngine, loadHighs } from './highs.ts';
import { createJslpEngine } from './jslp.ts';
import type { LpEngine, LpEngineName } from './types.ts';

export * from './types.ts';
export { createHighsEngine, defaultHighsOptions, loadHighs, type HighsEngineOptions } from './highs.ts';
export { createJslpEngine, toJsModel } from './jslp.ts';

export const engineNames: readonly LpEngineName[] = ['highs', 'jslp'];

/** An engine by name; for HiGHS this also loads (once per process) the WebAssembly module. */
export async function createEngine(name: LpEngineName): Promise<LpEngine> {
  switch (name) {
    case 'highs': {
      await loadHighs();
      return createHighsEngine();
    }
    case 'jslp':
      return createJslpEngine();
    default:
      throw new Error(`unknown LP engine ${String(name)}`);
  }
}
