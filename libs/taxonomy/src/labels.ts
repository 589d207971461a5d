/** A value's name for people, in the two languages the programme works in. */
export interface Labels {
  readonly labelFr: string;
  readonly labelEn: string;
}

/**
 * The labels of every value of an enum: a `Record` over the enum's values, so the compiler
 * refuses a value without labels.
 */
export type EnumLabels<Value extends string> = Readonly<Record<Value, Labels>>;
