import type { Words } from './words';
import type { recordsEn } from './records.en';

/** Russian words of 'Download my records' (see records.en.ts). */
export const recordsRu: Words<typeof recordsEn> = {
  records: {
    heading: 'Ваши записи',
    intro: 'Сохраните себе копию своих входов, отметок прихода и ухода, табелей со всеми решениями по ним, переписки с округом и платежей. Всё это приходит одним ZIP-файлом с файлами электронных таблиц (CSV) и файлом README, где сказано, что в каждом файле.',
    privacy: 'В файлах только ваши собственные записи и никогда — сведения о здоровье других людей. Храните их в надёжном месте.',
    download: 'Скачать мои записи',
    preparing: 'Готовим ваши записи…',
  },
};
