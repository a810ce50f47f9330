import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { referenceGroupPanel } from '#server/meetings/reference-groups.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { translateMessage, useI18n } from '../../i18n/index.ts';

/** The secretariat's view of a case's reference group: who is in it, remove one, add a member of the term. */
export function ReferenceGroupSection({ csrf, group, errors }: { csrf: string; group: Awaited<ReturnType<typeof referenceGroupPanel>>; errors: Record<string, string[]> }) {
  const { t } = useI18n();
  const error = errors.memberId?.[0];
  return (
    <section aria-labelledby="reference-group-heading" id="reference-group">
      <Heading level={2} data-size="md" id="reference-group-heading">
        {t('council.referenceGroup.title')}
      </Heading>
      <Paragraph data-size="sm">{t('council.referenceGroup.help')}</Paragraph>
      {group.members.length === 0 ? (
        <Paragraph>{t('council.referenceGroup.empty')}</Paragraph>
      ) : (
        <ul className="council-reference-group">
          {group.members.map((m) => (
            <li key={m.memberId}>
              <span>
                {m.name}
                {m.organisation ? ` (${m.organisation})` : ''}
              </span>
              <Form method="post">
                <CsrfInput token={csrf} />
                <input type="hidden" name="intent" value="reference-remove" />
                <input type="hidden" name="memberId" value={m.memberId} />
                <Button type="submit" variant="tertiary" data-size="sm" aria-label={t('council.referenceGroup.removeNamed', { name: m.name })}>
                  {t('council.referenceGroup.remove')}
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {group.candidates.length === 0 ? (
        <Paragraph>{t('council.referenceGroup.noneLeft')}</Paragraph>
      ) : (
        <Form method="post" className="form-stack">
          <CsrfInput token={csrf} />
          <input type="hidden" name="intent" value="reference-add" />
          <Field>
            <Label htmlFor="reference-member">{t('council.referenceGroup.member')}</Label>
            <Select id="reference-member" name="memberId" aria-invalid={error ? true : undefined} aria-describedby={error ? 'reference-member-error' : undefined}>
              {group.candidates.map((m) => (
                <Select.Option key={m.id} value={m.id}>
                  {m.name}
                </Select.Option>
              ))}
            </Select>
            {error && <ValidationMessage id="reference-member-error">{translateMessage(t, error)}</ValidationMessage>}
          </Field>
          <div>
            <Button type="submit" variant="secondary">
              {t('council.referenceGroup.add')}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}

/** The reference group and the proposer as the case paper's readers see them. */
export function CaseParticipants({ members, proposer }: { members: { memberId: string; name: string }[]; proposer: { name: string } | null }) {
  const { t } = useI18n();
  if (members.length === 0 && !proposer) return null;
  return (
    <section aria-labelledby="case-participants-heading" className="case-paper__section">
      <Heading level={2} data-size="sm" id="case-participants-heading">
        {t('council.referenceGroup.title')}
      </Heading>
      {members.length === 0 ? <Paragraph>{t('council.referenceGroup.empty')}</Paragraph> : <Paragraph>{members.map((m) => m.name).join(', ')}</Paragraph>}
      {proposer && <Paragraph>{t('council.proposals.proposedBy', { name: proposer.name })}</Paragraph>}
    </section>
  );
}
