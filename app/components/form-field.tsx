import { Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { translateMessage, useI18n } from '../i18n/index.ts';

type Props = {
  name: string;
  label: string;
  errors?: string[] | undefined;
} & Omit<ComponentProps<typeof Input>, 'name'>;

/**
 * A labelled input built from Field, Label and ValidationMessage with explicit ids, so the label and the
 * error are linked in the server-rendered HTML, before any JavaScript runs.
 */
export function FormField({ name, label, errors, id = `field-${name}`, ...input }: Props) {
  const { t } = useI18n();
  const errorId = `${id}-error`;
  const message = errors?.[0];
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
        {...input}
      />
      {message && <ValidationMessage id={errorId}>{translateMessage(t, message)}</ValidationMessage>}
    </Field>
  );
}
