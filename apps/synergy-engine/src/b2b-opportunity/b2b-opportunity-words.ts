import { findCategory } from '@symbiose/taxonomy';

function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** An opportunity's title in French and English: its category, its suppliers and its takers. */
export function opportunityLabels(
  categoryCode: string,
  suppliers: number,
  consumers: number,
): { labelFr: string; labelEn: string } {
  const category = findCategory(categoryCode);
  return {
    labelFr:
      `${category?.labelFr ?? categoryCode} : ${counted(suppliers, 'fournisseur', 'fournisseurs')}` +
      ` pour ${counted(consumers, 'demandeur', 'demandeurs')}`,
    labelEn:
      `${category?.labelEn ?? categoryCode}: ${counted(suppliers, 'supplier', 'suppliers')}` +
      ` for ${counted(consumers, 'firm in need', 'firms in need')}`,
  };
}
