import { Entity, PrimaryColumn } from 'typeorm';

/** An action put to the vote of a prioritisation workshop. */
@Entity('prioritisation_candidate')
export class PrioritisationCandidate {
  @PrimaryColumn('uuid')
  workshopId: string;

  @PrimaryColumn('uuid')
  actionId: string;
}
