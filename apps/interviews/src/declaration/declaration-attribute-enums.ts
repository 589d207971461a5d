import { enumObject, registerLabelledEnum } from '@symbiose/platform';
import {
  HEAT_MEDIA,
  HEAT_MEDIUM_LABELS,
  STORAGE_CONDITION_LABELS,
  STORAGE_CONDITIONS,
  WASTE_ROUTE_LABELS,
  WASTE_ROUTES,
  WOOD_CLASS_LABELS,
  WOOD_CLASSES,
} from '@symbiose/taxonomy';

export type HeatMedium = (typeof HEAT_MEDIA)[number];
export const HeatMedium = enumObject(HEAT_MEDIA);
export type StorageCondition = (typeof STORAGE_CONDITIONS)[number];
export const StorageCondition = enumObject(STORAGE_CONDITIONS);
export type WoodClass = (typeof WOOD_CLASSES)[number];
export const WoodClass = enumObject(WOOD_CLASSES);
export type WasteRoute = (typeof WASTE_ROUTES)[number];
export const WasteRoute = enumObject(WASTE_ROUTES);

registerLabelledEnum(
  HeatMedium,
  {
    name: 'HeatMedium',
    description: 'What carries heat or cold / Le fluide qui porte la chaleur ou le froid',
  },
  HEAT_MEDIUM_LABELS,
);
registerLabelledEnum(
  StorageCondition,
  {
    name: 'StorageCondition',
    description:
      'A storage regime, from the least to the most demanding / Un régime de stockage, du moins au plus exigeant',
  },
  STORAGE_CONDITION_LABELS,
);
registerLabelledEnum(
  WoodClass,
  { name: 'WoodClass', description: 'The class of waste wood / La classe du déchet de bois' },
  WOOD_CLASS_LABELS,
);
registerLabelledEnum(
  WasteRoute,
  {
    name: 'WasteRoute',
    description:
      'Where a waste goes today, without any synergy / Où va un déchet aujourd’hui, sans synergie',
  },
  WASTE_ROUTE_LABELS,
);
