import { patternLabels, type PatternName } from './patterns.ts';
import type { PatternCreator } from './usePatternCreator.ts';

function WeeksField(props: { label: string; min: number; value: number; onChange: (weeks: number) => void }) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={props.min}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
    </label>
  );
}

/** The pattern creator's fields and its save button. */
export function PatternForm({
  creator,
  personId,
  instanceLoaded,
}: {
  creator: PatternCreator;
  personId: string;
  instanceLoaded: boolean;
}) {
  const { fields, change, seriesId, canSave, saving } = creator;
  return (
    <form
      className="series-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSave && !saving) void creator.save();
      }}
    >
      <label>
        Mønster
        <select value={fields.pattern} onChange={(e) => change({ pattern: e.target.value as PatternName })}>
          {(Object.keys(patternLabels) as PatternName[]).map((p) => (
            <option key={p} value={p}>
              {patternLabels[p]}
            </option>
          ))}
        </select>
      </label>
      {fields.pattern === 'egen' && (
        <>
          <WeeksField
            label="Uker inne"
            min={1}
            value={fields.inWeeks}
            onChange={(inWeeks) => change({ inWeeks })}
          />
          <WeeksField
            label="Uker hjemme"
            min={0}
            value={fields.homeWeeks}
            onChange={(homeWeeks) => change({ homeWeeks })}
          />
        </>
      )}
      <label>
        Første opphold tidligst
        <input type="date" value={fields.earliest} onChange={(e) => change({ earliest: e.target.value })} />
      </label>
      <label>
        senest
        <input type="date" value={fields.latest} onChange={(e) => change({ latest: e.target.value })} />
      </label>
      <label>
        Krav til seng (stikkord)
        <input value={fields.tags} onChange={(e) => change({ tags: e.target.value })} />
      </label>
      <label>
        Serie-id
        <input
          name="seriesId"
          value={seriesId}
          disabled={personId === ''}
          onChange={(e) => creator.setSeriesId(e.target.value)}
        />
      </label>
      <button type="submit" disabled={!canSave || saving}>
        Lagre
      </button>
      {instanceLoaded && personId === '' && <p className="note">Velg en person for å lagre serien.</p>}
    </form>
  );
}
