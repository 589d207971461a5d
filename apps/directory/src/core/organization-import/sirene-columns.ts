/**
 * The columns of INSEE's establishment file (StockEtablissement, the Sirene API's `etablissements`
 * and the extracts made from them) that an organizations import reads. Others are ignored, so a
 * whole extract can be sent as it is.
 */
export const SIRENE = {
  siret: 'siret',
  /** The establishment's sign, its usual name, then the legal unit's name: the first given is the name. */
  names: ['enseigne1Etablissement', 'denominationUsuelleEtablissement', 'denominationUniteLegale'],
  /** A sole trader has no denomination: its name is the person's. */
  lastName: 'nomUniteLegale',
  firstNames: ['prenomUsuelUniteLegale', 'prenom1UniteLegale'],
  activity: 'activitePrincipaleEtablissement',
  activityNomenclature: 'nomenclatureActivitePrincipaleEtablissement',
  headcountBand: 'trancheEffectifsEtablissement',
  streetNumber: 'numeroVoieEtablissement',
  streetRepetition: 'indiceRepetitionEtablissement',
  streetType: 'typeVoieEtablissement',
  streetName: 'libelleVoieEtablissement',
  postalCode: 'codePostalEtablissement',
  city: 'libelleCommuneEtablissement',
  latitude: 'latitude',
  longitude: 'longitude',
  lambertX: 'coordonneeLambertAbscisseEtablissement',
  lambertY: 'coordonneeLambertOrdonneeEtablissement',
  administrativeState: 'etatAdministratifEtablissement',
  legalCategory: 'categorieJuridiqueUniteLegale',
} as const;

/** What INSEE writes for a value withheld from publication (statutDiffusion P). */
export const WITHHELD = '[ND]';
