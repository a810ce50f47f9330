import { Alert, Field, Fieldset, Heading, Input, Label, Paragraph, Select, Table, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { translateMessage, useI18n } from '../../../i18n/index.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';

type Errors = string[] | undefined;

function FieldError({ id, errors }: { id: string; errors: Errors }) {
  const { t } = useI18n();
  const message = errors?.[0];
  return message ? <ValidationMessage id={id}>{translateMessage(t, message)}</ValidationMessage> : null;
}

/** A labelled textarea, linked to its label and error in the server-rendered HTML. */
export function TextareaField({
  name,
  label,
  description,
  errors,
  defaultValue,
  rows = 4,
}: {
  name: string;
  label: string;
  description?: string;
  errors?: Errors;
  defaultValue: string;
  rows?: number;
}) {
  const id = `field-${name}`;
  const describedBy = [description ? `${id}-description` : null, errors?.[0] ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <Paragraph id={`${id}-description`} data-size="sm">
          {description}
        </Paragraph>
      )}
      <Textarea id={id} name={name} rows={rows} defaultValue={defaultValue} aria-invalid={errors?.[0] ? true : undefined} aria-describedby={describedBy || undefined} />
      <FieldError id={`${id}-error`} errors={errors} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  errors,
  defaultValue,
  options,
}: {
  name: string;
  label: string;
  errors?: Errors;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  const id = `field-${name}`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={defaultValue} aria-invalid={errors?.[0] ? true : undefined} aria-describedby={errors?.[0] ? `${id}-error` : undefined}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      <FieldError id={`${id}-error`} errors={errors} />
    </Field>
  );
}

/** A group of checkboxes under one legend; each box is linked to its label by id, so it works before hydration. */
export function CheckboxGroup({
  name,
  legend,
  errors,
  selected,
  options,
}: {
  name: string;
  legend: string;
  errors?: Errors;
  selected: readonly string[];
  options: { value: string; label: string }[];
}) {
  const errorId = `group-${name}-error`;
  return (
    <Fieldset aria-describedby={errors?.[0] ? errorId : undefined} className="strategy-admin__checkboxes">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((o) => {
        const id = `field-${name}-${o.value}`;
        return (
          <Field key={o.value} position="start">
            <Input type="checkbox" id={id} name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
            <Label htmlFor={id} weight="regular">
              {o.label}
            </Label>
          </Field>
        );
      })}
      <FieldError id={errorId} errors={errors} />
    </Fieldset>
  );
}

/** The "saved" receipt after a redirect (`?lagret=1`). */
export function SavedNotice({ show }: { show: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <Alert data-color="success">
      <output>{t('strategyAdmin.saved')}</output>
    </Alert>
  );
}

/** Errors that belong to no single field (the form as a whole). */
export function FormErrors({ errors }: { errors: readonly string[] | undefined }) {
  const { t } = useI18n();
  if (!errors || errors.length === 0) return null;
  return (
    <Alert data-color="danger" role="alert">
      {errors.map((e) => (
        <Paragraph key={e}>{translateMessage(t, e)}</Paragraph>
      ))}
    </Alert>
  );
}

export interface ConflictRow {
  label: string;
  mine: string;
  current: string;
}

/**
 * Shown when a save hit a record someone else changed meanwhile: the user's unsaved values beside the saved
 * ones, and who saved last. The form below keeps the user's values and now carries the current version, so
 * saving again applies them on top of the other change knowingly.
 */
export function ConflictView({ rows, changedBy, changedAt }: { rows: ConflictRow[]; changedBy: string | null; changedAt: string | null }) {
  const { t, locale } = useI18n();
  const time = changedAt
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(changedAt))
    : null;
  return (
    <section aria-labelledby="conflict-heading" className="strategy-admin__conflict">
      <Alert data-color="warning">
        <Heading level={2} data-size="sm" id="conflict-heading">
          {t('strategyAdmin.conflict.title')}
        </Heading>
        <Paragraph>{changedBy && time ? t('strategyAdmin.conflict.changedBy', { name: changedBy, time }) : t('strategyAdmin.conflict.changed')}</Paragraph>
        <Paragraph>{t('strategyAdmin.conflict.howTo')}</Paragraph>
      </Alert>
      <TableScroll>
        <Table>
          <caption>{t('strategyAdmin.conflict.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('strategyAdmin.conflict.field')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('strategyAdmin.conflict.mine')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('strategyAdmin.conflict.current')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.label} className={row.mine === row.current ? undefined : 'strategy-admin__differs'}>
                <Table.HeaderCell scope="row">
                  {row.label}
                  {row.mine !== row.current && <span className="strategy-admin__differs-mark"> ({t('strategyAdmin.conflict.differs')})</span>}
                </Table.HeaderCell>
                <Table.Cell className="strategy-admin__pre">{row.mine || '–'}</Table.Cell>
                <Table.Cell className="strategy-admin__pre">{row.current || '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
