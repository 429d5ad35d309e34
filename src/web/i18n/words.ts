import type { PluralCategory } from '../../contracts/messages/languages';

type PluralKey<K> = K extends `${infer Base}_one` ? `${Base}_${PluralCategory}` : never;

/**
 * The shape a language fills for an English catalogue: the same keys, any words. English writes a count's forms as
 * `key` (other) and `key_one`; every other language writes `key` and the forms its own plural rules use (`_few`,
 * `_many`...), or none, so those keys are optional here and i18n.test.ts checks each language has its own.
 */
export type Words<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Words<T[K]>;
} & { [K in PluralKey<keyof T>]?: string };
