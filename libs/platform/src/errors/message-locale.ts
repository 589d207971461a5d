import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { DEFAULT_LOCALE, Locale, requestLocale } from '../http/request-locale';
import { LocalizedText } from './error-reasons';

const scope = new AsyncLocalStorage<Locale>();

/**
 * Keeps the request's language (its Accept-Language) for the length of the request: Apollo
 * Server formats errors without the request at hand, and the error format writes each message in
 * the language the request asked for.
 */
@Injectable()
export class MessageLocaleMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    scope.run(requestLocale(request), next);
  }
}

/** The language of the request being served; English outside any request. */
export function messageLocale(): Locale {
  return scope.getStore() ?? DEFAULT_LOCALE;
}

/** A message in the language of the request being served. */
export function inRequestLanguage(text: LocalizedText): string {
  return text[messageLocale()];
}
