import type { EnumLabels } from '@symbiose/taxonomy';
import type { ImportKind, ImportStatus } from './import-job.entity';

export const IMPORT_STATUS_LABELS: EnumLabels<ImportStatus> = Object.freeze({
  QUEUED: { labelFr: 'En file d’attente', labelEn: 'Queued' },
  RUNNING: { labelFr: 'En cours', labelEn: 'Running' },
  SUCCEEDED: { labelFr: 'Terminé', labelEn: 'Succeeded' },
  FAILED: { labelFr: 'Échec : fichier illisible', labelEn: 'Failed: the file could not be read' },
});

export const IMPORT_KIND_LABELS: EnumLabels<ImportKind> = Object.freeze({
  ORGANIZATIONS: { labelFr: 'Organisations', labelEn: 'Organizations' },
  DECLARATIONS: { labelFr: 'Déclarations', labelEn: 'Declarations' },
});
