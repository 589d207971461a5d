import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface BreakingChange {
  /** The schema coordinate the change is about: `Type`, `Type.field`, `Type.field.argument`. */
  coordinate: string;
  message: string;
}

/** The changes from one API schema to the next that can break a client's operation. */
export async function breakingChanges(before: string, after: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change: Change) => ({
      coordinate: change.path ?? change.message,
      message: change.message,
    }));
}

/**
 * The rule of docs/api-changelog.md: a breaking change is recorded when the changelog names its
 * coordinate in backticks (`` `Synergy.rationale` ``), on the line that says what replaces it.
 */
export function unrecordedBreaks(breaks: BreakingChange[], changelog: string): BreakingChange[] {
  const named = new Set([...changelog.matchAll(/`([^`\n]+)`/g)].map((match) => match[1].trim()));
  return breaks.filter((change) => !named.has(change.coordinate));
}
