import { CSRF_FIELD } from '#server/http/csrf-field.ts';

export function CsrfInput({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}
