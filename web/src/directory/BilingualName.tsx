// A name in the reader's language with the other language's form beside it: "Ham Sang-wook 함상욱".
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/i18n.ts";
import { type Bilingual, inReadingOrder } from "./model.ts";

export function BilingualName({ en, ko }: Bilingual) {
  const { i18n } = useTranslation();
  const { primary, secondary } = inReadingOrder({ en, ko }, currentLanguage(i18n.language));
  return (
    <span className="bilingual">
      <span lang={primary.language}>{primary.text}</span>
      {secondary ? (
        <>
          {" "}
          <span className="bilingual-other" lang={secondary.language}>
            {secondary.text}
          </span>
        </>
      ) : null}
    </span>
  );
}

/** Just the reader's-language text, for places with room for one name (options, plain text). */
export function useLocalized(): (text: Bilingual) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  return (text) => inReadingOrder(text, language).primary.text;
}
