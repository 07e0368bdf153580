/**
 * Seeded randomness for the generator: one stream per part (bed tree, outages, fixed stays, ...), each
 * from createRandom with a seed mixed from the options' seed and the part's name, so that a change in
 * one part does not reshuffle the others.
 */
import { createRandom, type Random } from '../random.ts';
import type { Table } from './calibration.ts';

/** 32-bit finaliser (murmur3 fmix32): spreads nearby seeds far apart. */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export function stream(seed: number, part: string): Random {
  return createRandom(mix32(mix32(seed) ^ hashName(part)));
}

/** A value from a weighted table. */
export function draw<T>(random: Random, table: Table<T>): T {
  const row = table[random.weighted(table.map(([, weight]) => weight))];
  if (!row) throw new Error('draw from an empty table');
  return row[0];
}
