// English / 한국어 toggle; each button names its language in that language.
import { useTranslation } from "react-i18next";
import { currentLanguage, type Language, languages, setLanguage } from "../i18n/i18n.ts";

const ownNames: Readonly<Record<Language, string>> = { en: "English", ko: "한국어" };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.language);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-button"
          aria-pressed={language === active}
          onClick={() => setLanguage(language)}
        >
          {ownNames[language]}
        </button>
      ))}
    </fieldset>
  );
}
