import type { CategoryDefinition } from '../category-definition';

/**
 * Equipment lent or shared between firms. Machines, vehicles and rooms are shared by the hour
 * (TIME). Storage is COUNT, in pallet places: that is the unit in which logisticians lend and
 * rent space, and it compares between offer and demand, whereas floor area would need an AREA
 * dimension the programme does not otherwise use, and NONE would lose the size of the need.
 */
export const EQUIPMENT_CATEGORIES = [
  {
    code: 'EQUIPMENT_HANDLING',
    labelFr: 'Engins de manutention (chariots élévateurs, nacelles)',
    labelEn: 'Handling equipment (forklifts, aerial platforms)',
    dimension: 'TIME',
  },
  {
    code: 'EQUIPMENT_VEHICLES',
    labelFr: 'Véhicules utilitaires et poids lourds',
    labelEn: 'Vans and lorries',
    dimension: 'TIME',
  },
  {
    code: 'EQUIPMENT_MACHINES',
    labelFr: 'Machines et outillage de production',
    labelEn: 'Production machines and tools',
    dimension: 'TIME',
  },
  {
    code: 'EQUIPMENT_MEETING_ROOMS',
    labelFr: 'Salles de réunion',
    labelEn: 'Meeting rooms',
    dimension: 'TIME',
  },
  {
    code: 'EQUIPMENT_STORAGE_SPACE',
    labelFr: 'Espace de stockage (places palettes)',
    labelEn: 'Storage space (pallet places)',
    dimension: 'COUNT',
  },
  {
    code: 'EQUIPMENT_COLD_STORAGE',
    labelFr: 'Stockage frigorifique (places palettes)',
    labelEn: 'Cold storage (pallet places)',
    dimension: 'COUNT',
  },
  {
    code: 'EQUIPMENT_EV_CHARGING_POINTS',
    labelFr: 'Bornes de recharge pour véhicules électriques',
    labelEn: 'Electric vehicle charging points',
    dimension: 'COUNT',
    collectiveNeed: true,
  },
] as const satisfies readonly CategoryDefinition[];
