/** The form field carrying the CSRF token; shared with the browser bundle, so nothing server-only here. */
export const CSRF_FIELD = '_csrf';
