import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { AuditRecordedV1 } from '@symbiose/contracts';

/**
 * The audit of one mutation field, fixed once Apollo has resolved the operation: its event id
 * (kept through every write) and the entry as known before it runs.
 */
export interface PendingAudit {
  readonly eventId: string;
  readonly alias: string;
  readonly entry: AuditRecordedV1;
  /** The id of the first entity of the field's type the mutation inserted, if any. */
  insertedId: string | null;
  /** True once a committed transaction holds the entry. */
  written: boolean;
}

interface AuditScope {
  /** The mutation field whose resolver runs now: a mutation's fields run one after another. */
  resolving: PendingAudit | null;
}

const scope = new AsyncLocalStorage<AuditScope>();

/**
 * Opens the scope in which a request's mutation tells the database subscriber what to audit:
 * TypeORM commits a transaction without the request at hand.
 */
@Injectable()
export class AuditScopeMiddleware implements NestMiddleware {
  use(_request: Request, _response: Response, next: NextFunction): void {
    scope.run({ resolving: null }, next);
  }
}

/** Marks the mutation field whose resolver starts (null once it has settled). */
export function auditResolving(pending: PendingAudit | null): void {
  const current = scope.getStore();
  if (current) current.resolving = pending;
}

/** The mutation field being resolved in this request, if any. */
export function resolvingAudit(): PendingAudit | null {
  return scope.getStore()?.resolving ?? null;
}
