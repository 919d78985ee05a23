// The add-person form's controls; the page owns the values, errors and submission.
import { useTranslation } from "react-i18next";
import { Field } from "../app/Field.tsx";
import { useLocalized } from "./BilingualName.tsx";
import type { Nation, NewPerson, Organization } from "./model.ts";
import { fieldIdPrefix, type PersonField, timeZoneChoices } from "./personForm.ts";

type PersonFormFieldsProps = {
  values: NewPerson;
  errors: Partial<Record<PersonField, string>>;
  nations: Nation[];
  organizations: Organization[];
  onChange: (field: PersonField, value: string) => void;
};

const textFields = [
  { field: "nameEn", lang: "en", autoComplete: "off" },
  { field: "nameKo", lang: "ko", autoComplete: "off" },
  { field: "titleEn", lang: "en", autoComplete: "off" },
  { field: "titleKo", lang: "ko", autoComplete: "off" },
] as const;

const zones = timeZoneChoices();

export function PersonFormFields({
  values,
  errors,
  nations,
  organizations,
  onChange,
}: PersonFormFieldsProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const id = (field: PersonField) => `${fieldIdPrefix}${field}`;
  const ofNation = organizations.filter((organization) => organization.nation === values.nation);

  return (
    <>
      {textFields.map(({ field, lang, autoComplete }) => (
        <Field key={field} id={id(field)} label={t(`addPerson.${field}`)} error={errors[field]} required>
          {(control) => (
            <input
              {...control}
              type="text"
              lang={lang}
              autoComplete={autoComplete}
              value={values[field]}
              onChange={(event) => onChange(field, event.target.value)}
            />
          )}
        </Field>
      ))}
      <Field id={id("nation")} label={t("addPerson.nation")} error={errors.nation} required>
        {(control) => (
          <select
            {...control}
            value={values.nation}
            onChange={(event) => onChange("nation", event.target.value)}
          >
            <option value="">{t("addPerson.chooseNation")}</option>
            {nations.map((nation) => (
              <option key={nation.code} value={nation.code}>
                {localized({ en: nation.nameEn, ko: nation.nameKo })} ({nation.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id("organizationId")}
        label={t("addPerson.organization")}
        error={errors.organizationId}
        required
      >
        {(control) => (
          <select
            {...control}
            value={values.organizationId}
            onChange={(event) => onChange("organizationId", event.target.value)}
          >
            <option value="">{t("addPerson.chooseOrganization")}</option>
            {ofNation.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {localized({ en: organization.nameEn, ko: organization.nameKo })} ({organization.acronym})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("timeZone")} label={t("addPerson.timeZone")} error={errors.timeZone} required>
        {(control) => (
          <select
            {...control}
            value={values.timeZone}
            onChange={(event) => onChange("timeZone", event.target.value)}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("email")} label={t("addPerson.email")} error={errors.email} required>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={values.email}
            onChange={(event) => onChange("email", event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
