import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The project's own ESLint config, run on a snippet as if it stood at `filePath`. */
const eslint = new ESLint();

async function problems(
  filePath: string,
  code: string,
): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const refused = (source: string, message: string) => [
  {
    ruleId: 'no-restricted-imports',
    message: `'${source}' import is restricted from being used by a pattern. ${message}`,
  },
];

const WEB = 'web/ never imports server/: the shapes of the API are in api/.';
const API = 'api/ is the contract between server and web: it imports only zod, solver/ and itself.';
const SOLVER = 'solver/ is pure: no I/O and no api, server or web imports.';

describe('the import boundaries', () => {
  it('refuse a web file that imports from server/', async () => {
    const code = "import { ApiError } from '../../../server/errors.ts';\nexport { ApiError };\n";
    expect(await problems('web/src/features/example.ts', code)).toEqual(
      refused('../../../server/errors.ts', WEB),
    );
  });

  it('let a web file import the contract', async () => {
    const code = "import { calendarView } from '../../../api/calendar.ts';\nexport { calendarView };\n";
    expect(await problems('web/src/features/example.ts', code)).toEqual([]);
  });

  it('refuse an api file that imports express', async () => {
    const code = "import express from 'express';\nexport { express };\n";
    expect(await problems('api/example.ts', code)).toEqual(refused('express', API));
  });

  it('refuse an api file that imports from server/', async () => {
    const code = "import { ApiError } from '../server/errors.ts';\nexport { ApiError };\n";
    expect(await problems('api/example.ts', code)).toEqual(refused('../server/errors.ts', API));
  });

  it('let an api file import zod, solver/ and another api file', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { id } from '../solver/formats.ts';",
      "import { planRef } from './refs.ts';",
      'export { z, id, planRef };',
      '',
    ].join('\n');
    expect(await problems('api/example.ts', code)).toEqual([]);
  });

  it('refuse a solver file that imports from api/', async () => {
    const code = "import type { PlanRef } from '../../api/refs.ts';\nexport type { PlanRef };\n";
    expect(await problems('solver/repair/example.ts', code)).toEqual(refused('../../api/refs.ts', SOLVER));
  });
});
