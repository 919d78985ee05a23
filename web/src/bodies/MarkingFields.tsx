// Choosing a marking within a body: a classification up to the body's ceiling, and the member nations
// it may be released to. The server checks the same rule; this only keeps the choices sensible.
import { useTranslation } from "react-i18next";
import type { MarkingValue } from "./model.ts";

const ladder = ["PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET"];

/** The classifications a body may use: its ceiling and everything below it. */
export function classificationsUpTo(ceiling: string): string[] {
  const top = ladder.indexOf(ceiling);
  return top === -1 ? ladder : ladder.slice(0, top + 1);
}

type Props = {
  id: string;
  ceiling: string;
  members: string[];
  value: MarkingValue;
  onChange: (marking: MarkingValue) => void;
  error?: string | undefined;
};

export function MarkingFields({ id, ceiling, members, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className={error ? "field field-invalid" : "field"}>
      <legend>{t("marking.label")}</legend>
      {error ? <p className="field-error">{error}</p> : null}
      <label htmlFor={`${id}-classification`}>{t("forms.classification")}</label>
      <select
        id={`${id}-classification`}
        value={value.classification}
        onChange={(e) => onChange({ ...value, classification: e.target.value })}
      >
        {classificationsUpTo(ceiling).map((c) => (
          <option key={c} value={c} lang="en">
            {c}
          </option>
        ))}
      </select>
      <p>{t("forms.releasableTo")}</p>
      {members.map((nation) => (
        <label key={nation} className="checkbox">
          <input
            type="checkbox"
            checked={value.releasableTo.includes(nation)}
            onChange={(e) =>
              onChange({
                ...value,
                releasableTo: e.target.checked
                  ? [...value.releasableTo, nation].sort()
                  : value.releasableTo.filter((n) => n !== nation),
              })
            }
          />{" "}
          {nation}
        </label>
      ))}
    </fieldset>
  );
}
