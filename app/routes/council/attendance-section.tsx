import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { caseLabel } from './format.ts';
import { str } from './form.ts';

interface Props {
  csrf: string;
  attendance: {
    members: { memberId: string; name: string; role: string; attendance: { status: string; fromCaseId: string | null; toCaseId: string | null } | null }[];
    guests: { id: string; kind: string; name: string; organisation: string | null; topic: string | null }[];
  };
  agenda: { id: string; year: number | null; sequence: number | null; title: string }[];
  errors: Record<string, string[]>;
  guestErrors: Record<string, string[]>;
  guestValues: Record<string, string | string[]>;
}

/** Attendance per member (present, absent, part of the meeting from/to an item), observers and external speakers. */
export function AttendanceSection({ csrf, attendance, agenda, errors, guestErrors, guestValues }: Props) {
  const { t } = useI18n();
  const itemOptions = (
    <>
      <Select.Option value="">–</Select.Option>
      {agenda.map((c) => (
        <Select.Option key={c.id} value={c.id}>
          {caseLabel(t, c)} {c.title}
        </Select.Option>
      ))}
    </>
  );
  return (
    <section aria-labelledby="attendance-heading">
      <Heading level={2} data-size="md" id="attendance-heading">
        {t('council.attendance.title')}
      </Heading>
      {attendance.members.length === 0 && <Paragraph>{t('council.attendance.noMembers')}</Paragraph>}
      {errors.fromCaseId && (
        <Paragraph role="alert" className="council-error">
          {translateMessage(t, errors.fromCaseId[0] ?? '')}
        </Paragraph>
      )}
      {attendance.members.map((m) => {
        const id = `att-${m.memberId}`;
        return (
          <Form method="post" key={m.memberId} className="council-attendance" aria-label={m.name}>
            <CsrfInput token={csrf} />
            <input type="hidden" name="intent" value="attendance" />
            <input type="hidden" name="memberId" value={m.memberId} />
            <Paragraph className="council-attendance__name">
              {m.name} ({t(`council.role.${m.role as 'member'}`)})
            </Paragraph>
            <Field>
              <Label htmlFor={`${id}-status`}>{t('council.attendance.status')}</Label>
              <Select id={`${id}-status`} name="status" defaultValue={m.attendance?.status ?? 'present'}>
                {(['present', 'absent', 'part'] as const).map((s) => (
                  <Select.Option key={s} value={s}>
                    {t(`council.attendance.${s}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={`${id}-from`}>{t('council.attendance.from')}</Label>
              <Select id={`${id}-from`} name="fromCaseId" defaultValue={m.attendance?.fromCaseId ?? ''}>
                {itemOptions}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={`${id}-to`}>{t('council.attendance.to')}</Label>
              <Select id={`${id}-to`} name="toCaseId" defaultValue={m.attendance?.toCaseId ?? ''}>
                {itemOptions}
              </Select>
            </Field>
            <Button type="submit" variant="secondary" data-size="sm" aria-label={t('council.attendance.saveNamed', { name: m.name })}>
              {t('council.attendance.save')}
            </Button>
            {m.attendance && <Paragraph data-size="sm">{t('council.attendance.recorded', { status: t(`council.attendance.${m.attendance.status as 'present'}`) })}</Paragraph>}
          </Form>
        );
      })}
      <Heading level={3} data-size="sm">
        {t('council.guests.title')}
      </Heading>
      {attendance.guests.length > 0 && (
        <ul>
          {attendance.guests.map((g) => (
            <li key={g.id}>
              {t(`council.guests.${g.kind as 'speaker'}`)}: {g.name}
              {g.organisation ? `, ${g.organisation}` : ''}
              {g.topic ? ` – ${g.topic}` : ''}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="guest" />
        <Field>
          <Label htmlFor="guest-kind">{t('council.guests.kind')}</Label>
          <Select id="guest-kind" name="kind" defaultValue={str(guestValues.kind) || 'speaker'}>
            <Select.Option value="speaker">{t('council.guests.speaker')}</Select.Option>
            <Select.Option value="observer">{t('council.guests.observer')}</Select.Option>
          </Select>
        </Field>
        <FormField id="guest-name" name="name" label={t('council.guests.name')} defaultValue={str(guestValues.name)} errors={guestErrors.name} />
        <FormField id="guest-organisation" name="organisation" label={t('council.guests.organisation')} defaultValue={str(guestValues.organisation)} errors={guestErrors.organisation} />
        <FormField id="guest-topic" name="topic" label={t('council.guests.topic')} defaultValue={str(guestValues.topic)} errors={guestErrors.topic} />
        <div>
          <Button type="submit" variant="secondary">
            {t('council.guests.add')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
