/**
 * Storage has one home: SQL is written only in server/repos/ and server/db/migrations/, and the PostgreSQL
 * driver's transaction statements. Everything else reaches the database through a repository function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Where SQL may be written: folders end with a slash, the rest are single files. */
const allowed = [
  'server/repos/',
  // The schema, its numbered migrations and their bookkeeping (the advisory lock and schema_migrations).
  'server/db/migrations/',
  // BEGIN, COMMIT and ROLLBACK around a transaction, and the SELECT 1 that checks a new pool: the driver.
  'server/db/postgres.ts',
  // No SQL of their own: the engines' drivers, which pass statements on.
  'server/db/pglite.ts',
  'server/db/oneAtATime.ts',
];

const isAllowed = (file: string) =>
  allowed.some((place) => (place.endsWith('/') ? file.startsWith(place) : file === place));

/** A statement, or a piece of one: keywords as this code base writes them (upper case), and its jsonb functions. */
const SQL =
  /\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|SCHEMA)|ALTER\s+TABLE|DROP\s+(TABLE|SCHEMA)|FOR\s+UPDATE|jsonb_\w+\()|^\s*(BEGIN|COMMIT|ROLLBACK)\s*;?\s*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every string and template literal of a file (comments are not literals). */
function literals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every `.query(` call of a file: the one way to send a statement to the database. */
function queryCalls(path: string): number {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  let calls = 0;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'query'
    )
      calls += 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

const outsideRepos = sourceFiles(join(root, 'server'))
  .map((path) => ({ path, file: relative(root, path).split('\\').join('/') }))
  .filter(({ file }) => !isAllowed(file));

describe('where the server writes SQL', () => {
  it('finds SQL in string literals only in repos, migrations and the database layer', () => {
    const offenders = outsideRepos
      .filter(({ path }) => literals(path).some((text) => SQL.test(text)))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('finds calls of .query( only in repos, migrations and the database layer', () => {
    const offenders = outsideRepos.filter(({ path }) => queryCalls(path) > 0).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('scans the server: the check sees the files it is meant to judge', () => {
    const files = outsideRepos.map(({ file }) => file);
    expect(files).toContain('server/routes/plans.ts');
    expect(files).toContain('server/overrides/load.ts');
    expect(files).not.toContain('server/repos/plans.ts');
  });
});
