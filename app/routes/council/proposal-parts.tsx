import { Field, Label, Tag, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { ProposalState as State } from '#server/meetings/proposals-schema.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';

const COLOURS = { submitted: 'info', accepted: 'success', declined: 'danger', withdrawn: 'neutral' } as const;

/** A proposal's state as a coloured tag; the word carries the meaning, the colour only repeats it. */
export function ProposalState({ state }: { state: State }) {
  const { t } = useI18n();
  return <Tag data-color={COLOURS[state]}>{t(`council.proposals.state.${state}`)}</Tag>;
}

/** A labelled text area whose error is linked to it in the server-rendered HTML. */
export function LongText({ id, name, label, defaultValue, error, required }: { id: string; name: string; label: string; defaultValue: string; error: string | undefined; required?: boolean }) {
  const { t } = useI18n();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Textarea id={id} name={name} rows={5} required={required} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error && <ValidationMessage id={`${id}-error`}>{translateMessage(t, error)}</ValidationMessage>}
    </Field>
  );
}
