import { createContext } from 'react-router';
import type { SessionUser } from '#server/auth/sessions.ts';
import type { Services } from '#server/http/services.ts';
import type { Locale } from './i18n/index.ts';

export interface RequestInfo {
  requestId: string;
  ip: string;
  nonce: string;
}

export const servicesContext = createContext<Services>();
export const requestInfoContext = createContext<RequestInfo>();
export const userContext = createContext<SessionUser | null>(null);
export const localeContext = createContext<Locale>('nb');
