import { GraphQLError } from 'graphql';
import { ErrorReason, LocalizedText } from './error-reasons';

/**
 * An error the API writes in the request's language: its message in each language (English in
 * `message`, for logs), an Apollo `code` and a `reason` from the catalogue. The error format
 * picks the message of the request's language.
 */
export class ApiError extends GraphQLError {
  constructor(
    readonly messages: LocalizedText,
    code: string,
    reason: ErrorReason,
    extensions: Record<string, unknown> = {},
  ) {
    super(messages.EN, { extensions: { ...extensions, code, reason } });
  }
}

/** The messages of an error, or of the error it wraps, when the API wrote it. */
export function messagesOf(error: unknown): LocalizedText | undefined {
  if (error instanceof ApiError) return error.messages;
  if (error instanceof GraphQLError && error.originalError instanceof ApiError) {
    return error.originalError.messages;
  }
  return undefined;
}
