import { EnumOptions, registerEnumType } from '@nestjs/graphql';

/** The same shape as the taxonomy's `Labels`, which the platform does not depend on. */
interface ValueLabels {
  readonly labelFr: string;
  readonly labelEn: string;
}

type LabelledEnumOptions<E extends object> = Omit<EnumOptions<E>, 'valuesMap'> & { name: string };

/**
 * Registers a GraphQL enum with the French and English labels of its values: `labels` must cover
 * every value, or the service does not compile, and each value's description in the schema shows
 * them, French first, so the SDL a front end generates its types from carries them too.
 */
export function registerLabelledEnum<E extends Record<string, string>>(
  values: E,
  options: LabelledEnumOptions<E>,
  labels: Readonly<Record<E[keyof E], ValueLabels>>,
): void {
  const described = (Object.values(values) as E[keyof E][]).map((value) => [
    value,
    { description: `${labels[value].labelFr} / ${labels[value].labelEn}` },
  ]);
  registerEnumType(values, {
    ...options,
    valuesMap: Object.fromEntries(described) as EnumOptions<E>['valuesMap'],
  });
}
