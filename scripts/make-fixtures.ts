/**
 * Writes the generated fixtures (fixtures/small.json, bergen.json, demo.json) from the options in
 * solver/generator/fixtures.ts. Run: npx tsx scripts/make-fixtures.ts
 * fixtures/tiny.json is written by hand and left alone.
 */
import { writeFileSync } from 'node:fs';
import { FIXTURES, fixtureText, generateInstance, type FixtureName } from '../solver/generator/index.ts';

for (const name of Object.keys(FIXTURES) as FixtureName[]) {
  const options = FIXTURES[name];
  const instance = generateInstance(options);
  const file = new URL(`../fixtures/${name}.json`, import.meta.url);
  writeFileSync(file, fixtureText(instance));
  const beds = instance.centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds))).length;
  console.log(
    `fixtures/${name}.json: ${JSON.stringify(options)} → ${beds} beds, ${instance.requests.length} requests, ` +
      `${instance.series.length} series, ${instance.fixed.length} fixed stays`,
  );
}
