import { AccessRequest, AccessRule, ofRow, rowNamed, ScopeOf } from '@symbiose/platform';
import { hasRole } from '@symbiose/tokens';
import { ImportJob } from './job/import-job.entity';

type IdOf = (request: AccessRequest) => unknown;

/**
 * An import the caller may follow as a partner body: one it sent (facilitators follow those of
 * their territories, ADMIN every one: give them their own rule beside this one).
 */
export const importOfCaller =
  (idOf: IdOf): AccessRule =>
  async (request) => {
    const { partnerId } = request.principal;
    if (!hasRole(request.principal, 'PARTNER') || !partnerId) return false;
    const job = await rowNamed(request, ImportJob, idOf);
    return job?.requestedBy.partnerId === partnerId;
  };

/** The zone and territory an import was made for, as its upload named them. */
export const importedInto = (idOf: IdOf): ScopeOf =>
  ofRow(ImportJob, idOf, (job) => ({
    zoneIds: [job.parameters['zoneId']],
    territoryIds: [job.parameters['territoryId']],
  }));
