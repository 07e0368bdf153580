import { useState } from 'react';
import { fourteenDayScenario, type ScenarioFormValues } from './scenarioForm.ts';

type NumberField = {
  [K in keyof ScenarioFormValues]: ScenarioFormValues[K] extends number ? K : never;
}[keyof ScenarioFormValues];

/** The form for one scenario; "Legg til scenario" hands it on. */
export function ScenarioForm({ onAdd }: { onAdd: (values: ScenarioFormValues) => void }) {
  const [values, setValues] = useState<ScenarioFormValues>(fourteenDayScenario);
  const numberInput = (field: NumberField, label: string, min: number, max: number) => (
    <label>
      {label}
      <input
        type="number"
        name={field}
        min={min}
        max={max}
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: Number(e.target.value) })}
      />
    </label>
  );
  return (
    <form
      className="whatif-form"
      aria-label="Nytt scenario"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(values);
      }}
    >
      <label>
        Navn
        <input
          name="name"
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
      </label>
      <fieldset>
        <legend>Korttidsnorm</legend>
        {numberInput('shortTermFrom', 'Fra netter', 1, 90)}
        {numberInput('shortTermTo', 'Til netter (0 = uendret)', 0, 90)}
        {numberInput('shortTermSharePercent', 'Andel (%)', 0, 100)}
      </fieldset>
      <fieldset>
        <legend>Rehabiliteringsnorm</legend>
        {numberInput('rehabFrom', 'Fra netter', 1, 90)}
        {numberInput('rehabTo', 'Til netter (0 = uendret)', 0, 90)}
      </fieldset>
      <fieldset>
        <legend>Rulleringsserier</legend>
        <label>
          <input
            type="checkbox"
            name="staircase"
            checked={values.staircase}
            onChange={(e) => setValues({ ...values, staircase: e.target.checked })}
          />
          Gjør 3-6 og 3-3 om til avlastningstrapp (1-6, 2-6, så 3-6)
        </label>
      </fieldset>
      <fieldset>
        <legend>Senger</legend>
        <label>
          Avdelingstype (merker, kommaskilt)
          <input
            name="bedTags"
            value={values.bedTags}
            onChange={(e) => setValues({ ...values, bedTags: e.target.value })}
          />
        </label>
        {numberInput('bedChange', 'Senger + / −', -50, 50)}
      </fieldset>
      <button type="submit">Legg til scenario</button>
    </form>
  );
}
