// i18next set-up: English and Korean, the choice kept in localStorage and mirrored on <html lang>.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json" with { type: "json" };
import ko from "./ko.json" with { type: "json" };

export const languages = ["en", "ko"] as const;
export type Language = (typeof languages)[number];

const storageKey = "entente.language";

export function isLanguage(value: string | null | undefined): value is Language {
  return value === "en" || value === "ko";
}

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  return window.navigator.language.toLowerCase().startsWith("ko") ? "ko" : "en";
}

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t("app.name");
}

export function setLanguage(language: Language): void {
  window.localStorage.setItem(storageKey, language);
  void i18next.changeLanguage(language);
}

/** The language the UI shows now, narrowed to the ones Entente ships. */
export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : "en";
}

i18next.on("languageChanged", reflectLanguage);

// Resources are bundled, so initialising synchronously lets the first render be translated.
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ko: { translation: ko } },
  lng: initialLanguage(),
  fallbackLng: "en",
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
});

reflectLanguage(i18next.language);

export default i18next;
