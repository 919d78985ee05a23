// Directory records as the API returns them: nations, organizations and the people in them.
import type { Language } from "../i18n/i18n.ts";

export type Nation = { code: string; nameEn: string; nameKo: string };

export type Organization = { id: string; nation: string; nameEn: string; nameKo: string; acronym: string };

export type Person = {
  id: string;
  nameEn: string;
  nameKo: string;
  titleEn: string;
  titleKo: string;
  organizationId: string;
  nation: string;
  timeZone: string;
  email: string;
};

export type NewPerson = Omit<Person, "id">;

export type Items<T> = { items: T[] };

/** Directory records are public; the banner says so on every directory page. */
export const directoryClassification = "PUBLIC";

export type Bilingual = { en: string; ko: string };

/** The text in the reader's language first, then the other language's, when there is one. */
export function inReadingOrder(text: Bilingual, language: Language) {
  const other: Language = language === "ko" ? "en" : "ko";
  return {
    primary: { text: text[language] || text[other], language: text[language] ? language : other },
    secondary:
      text[language] && text[other] && text[other] !== text[language]
        ? { text: text[other], language: other }
        : null,
  };
}
