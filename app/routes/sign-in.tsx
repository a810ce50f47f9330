import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { signIn } from '#server/auth/login.ts';
import { execute } from '#server/core/command.ts';
import { platformCookies } from '#server/http/cookies.ts';
import { CsrfInput } from '../components/csrf-input.tsx';
import { FormField } from '../components/form-field.tsx';
import { requestInfoContext, servicesContext, userContext } from '../context.ts';
import { useI18n } from '../i18n/index.ts';
import { actorOf, safeReturnTo, sessionToken } from '../lib/access.ts';
import { csrfToken } from '../middleware/platform.ts';
import type { Route } from './+types/sign-in';

export function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { config } = context.get(servicesContext);
  return {
    csrf: csrfToken(context),
    returnTo: safeReturnTo(url.searchParams.get('returnTo')),
    oidcName: config.oidc?.name ?? null,
    oidcError: url.searchParams.get('oidc'),
    demo: config.mode === 'demo',
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const services = context.get(servicesContext);
  const info = context.get(requestInfoContext);
  const cookies = platformCookies(services);
  const form = await request.formData();
  const email = String(form.get('email') ?? '');
  const returnTo = safeReturnTo(form.get('returnTo'));
  const outcome = await execute(
    services.db,
    signIn,
    actorOf(context.get(userContext)),
    {
      email,
      password: form.get('password') ?? '',
      ip: info.ip,
      userAgent: request.headers.get('user-agent'),
      sessionTtlMs: services.config.sessionTtlMs,
      previousToken: await sessionToken(request, cookies),
    },
    { requestId: info.requestId },
  );
  if (!outcome.ok) {
    const fieldErrors = outcome.kind === 'invalid' ? outcome.fieldErrors : {};
    return data({ email, fieldErrors, problem: null, retryAfterMinutes: 0 }, { status: 422 });
  }
  const result = outcome.value;
  if (result.status !== 'signed-in') {
    const status = result.status === 'locked' ? 429 : 401;
    const retryAfterMinutes = result.status === 'locked' ? result.retryAfterMinutes : 0;
    return data({ email, fieldErrors: {}, problem: result.status, retryAfterMinutes }, { status });
  }
  return redirect(returnTo, { headers: { 'Set-Cookie': await cookies.session.serialize(result.token) } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors: Record<string, string[] | undefined> = actionData?.fieldErrors ?? {};
  return (
    <>
      <title>{`${t('auth.signInTitle')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('auth.signInTitle')}
      </Heading>
      {actionData?.problem === 'wrong-credentials' && (
        <Alert data-color="danger" role="alert">
          {t('auth.wrongCredentials')}
        </Alert>
      )}
      {actionData?.problem === 'locked' && (
        <Alert data-color="danger" role="alert">
          {t('auth.locked', { minutes: actionData.retryAfterMinutes })}
        </Alert>
      )}
      {loaderData.oidcError && (
        <Alert data-color="danger" role="alert">
          {loaderData.oidcError === 'no-access' ? t('auth.oidcNoAccess') : t('auth.oidcFailed', { provider: loaderData.oidcName ?? 'OIDC' })}
        </Alert>
      )}
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput token={loaderData.csrf} />
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
        <FormField
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          required
          defaultValue={actionData?.email ?? ''}
          errors={errors.email}
        />
        <FormField name="password" type="password" label={t('auth.password')} autoComplete="current-password" required errors={errors.password} />
        <div>
          <Button type="submit">{t('auth.submit')}</Button>
        </div>
      </Form>
      {loaderData.oidcName && (
        <>
          <Paragraph>{t('auth.or')}</Paragraph>
          <div>
            <Button asChild variant="secondary">
              <a href={`/auth/oidc?returnTo=${encodeURIComponent(loaderData.returnTo)}`}>{t('auth.oidc', { provider: loaderData.oidcName })}</a>
            </Button>
          </div>
        </>
      )}
      {loaderData.demo && <Paragraph data-size="sm">{t('auth.demoHint')}</Paragraph>}
    </>
  );
}
