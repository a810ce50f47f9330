import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from 'react-dom/server';
import { type EntryContext, type RouterContextProvider, ServerRouter } from 'react-router';
import { createLogger } from '#server/http/logger.ts';
import { documentCsp } from '#server/http/security-headers.ts';
import { requestInfoContext, servicesContext } from './context.ts';

export const streamTimeout = 5_000;

const fallbackLogger = createLogger('error');

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  const { nonce } = loadContext.get(requestInfoContext);
  const { logger } = loadContext.get(servicesContext);
  // Set before the HEAD shortcut, so HEAD answers carry the same policy as GET.
  responseHeaders.set('Content-Security-Policy', documentCsp(nonce, { dev: import.meta.env.DEV }));
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get('user-agent');
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);

    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} nonce={nonce} />, {
      nonce,
      [readyOption]() {
        shellRendered = true;
        const body = new PassThrough({
          final(callback) {
            clearTimeout(timeoutId);
            timeoutId = undefined;
            callback();
          },
        });
        pipe(body);
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) logger.error({ err: error }, 'error while streaming a page');
      },
    });
  });
}

export function handleError(error: unknown, { request, context }: { request: Request; context?: RouterContextProvider }) {
  if (request.signal.aborted) return;
  // Errors raised before the request context exists (e.g. a broken build) still need to reach the log.
  if (!context) {
    fallbackLogger.error({ err: error }, 'unhandled error outside a request context');
    return;
  }
  context.get(servicesContext).logger.error({ err: error, requestId: context.get(requestInfoContext).requestId }, 'unhandled error');
}
