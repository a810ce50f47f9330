import { Field, Fieldset, Input, Label } from '@digdir/designsystemet-react';

/** A group of checkboxes with explicit ids, so every label is linked before any JavaScript runs. */
export function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: { id: string; name: string }[]; checked: readonly string[] }) {
  return (
    <Fieldset className="council-checkboxes">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((o) => {
        const id = `${name}-${o.id}`;
        return (
          <Field key={o.id} className="council-checkboxes__item">
            <Input type="checkbox" id={id} name={name} value={o.id} defaultChecked={checked.includes(o.id)} />
            <Label htmlFor={id}>{o.name}</Label>
          </Field>
        );
      })}
    </Fieldset>
  );
}
