/**
 * A what-if scenario: a name and a list of changes, applied to a copy of an instance (apply.ts).
 * Defaults are Bergen's figures from seed 001 (the working group on alternative 0 and alternative 1).
 */
import { z } from 'zod';
import { id, isoDate, phase } from '../formats.ts';

/**
 * How users who go home sooner come back. Seed 001: about 35 % do not come back within three months,
 * whatever the length; the next stay comes 72 days after a 3-week stay, 62 days after a 2-week one.
 */
export const returnModel = z.object({
  /** Share of users who come back for another stay. */
  share: z.number().min(0).max(1).default(0.65),
  /** Mean days at home before the next stay, by the length of the stay; interpolated between lengths. */
  meanDaysHome: z
    .array(z.object({ nights: z.number().int().min(1), days: z.number().positive() }))
    .min(1)
    .default([
      { nights: 14, days: 62 },
      { nights: 21, days: 72 },
    ]),
  /** latestStart - earliestStart of a return request (an application from home can wait). */
  windowDays: z.number().int().min(0).default(14),
  /** A return is an application from home: it never outranks a hospital discharge. */
  priority: z.number().int().min(1).max(5).default(3),
});

/** Requests of one kind whose nights are the norm's length are shortened (or lengthened) to a new one. */
const norm = {
  fromNights: z.number().int().min(1),
  toNights: z.number().int().min(1),
  /** Share of those requests that get the new length, drawn with the scenario's seed; 1 = all. */
  share: z.number().min(0).max(1).default(1),
  /** Whether users who are home sooner come back (the return model). */
  returns: z.boolean().default(true),
};

/** 1-6 twice, 2-6 twice, then 3-6 until the series ends: the relief staircase (avlastningstrapp). */
export const STAIRCASE = [
  { inNights: 7, homeNights: 42, count: 2 },
  { inNights: 14, homeNights: 42, count: 2 },
  { inNights: 21, homeNights: 42 },
];

/** The beds of wards whose tags are exactly these (a ward kind: ['korttid'], ['korttid', 'demens'], ...). */
const wardTags = z.array(z.string()).min(1);

export const scenarioChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('shortTermNorm'), ...norm }),
  z.object({ type: z.literal('rehabNorm'), ...norm }),
  z.object({
    type: z.literal('seriesPattern'),
    /** Series whose phases are exactly these (counts included; the last phase's count is ignored). */
    from: z.array(phase).min(1),
    to: z.union([z.literal('staircase'), z.array(phase).min(1)]),
  }),
  /** Beds added (positive) or removed (negative), spread round the wards of that kind. */
  z.object({ type: z.literal('beds'), wardTags, change: z.number().int() }),
  z.object({ type: z.literal('wardClosure'), wardId: id, start: isoDate, end: isoDate }),
  /** The ward is staffed for at most `beds` beds in the period (the ward `capacity` extension). */
  z.object({
    type: z.literal('staffingCap'),
    wardId: id,
    start: isoDate,
    end: isoDate,
    beds: z.number().int().min(0),
  }),
  /** Acute (ØHD) beds kept free for same-day arrivals over the whole horizon, spread round the wards. */
  z.object({
    type: z.literal('ohdKeptFree'),
    beds: z.number().int().min(1),
    wardTags: wardTags.default(['ohd']),
  }),
]);

export const scenario = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  returns: returnModel.default(returnModel.parse({})),
  changes: z.array(scenarioChange),
});

/** How the figures value a plan (figures.ts). */
export const figureOptions = z.object({
  /** Egenandel per night (Bergen 2025: 200 NOK). */
  feePerNight: z.number().min(0).default(200),
  /** The kinds that pay it and count toward the 60 nights; relief and rotation stays are free. */
  feeKinds: z.array(z.string()).default(['korttid']),
  /** What one day waiting in hospital for a municipal place costs (2025: 5,981 NOK). */
  hospitalDayCost: z.number().min(0).default(5981),
  /** Short-term nights per person and calendar year after which the fee regulation treats stays differently. */
  shortTermNightLimit: z.number().int().min(1).default(60),
});

export type ReturnModel = z.infer<typeof returnModel>;
export type ScenarioChange = z.infer<typeof scenarioChange>;
export type Scenario = z.infer<typeof scenario>;
export type FigureOptions = z.infer<typeof figureOptions>;
