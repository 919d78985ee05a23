// "Nation: [All nations ▾]" — filters a directory list through the URL, so a filtered list can be shared.
import { useTranslation } from "react-i18next";
import { navigate } from "../app/router.ts";
import { useLocalized } from "./BilingualName.tsx";
import type { Nation } from "./model.ts";

type NationFilterProps = { nations: Nation[]; selected: string | null; basePath: string };

export function NationFilter({ nations, selected, basePath }: NationFilterProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <div className="filter">
      <label htmlFor="nation-filter">{t("directory.filterNation")}</label>
      <select
        id="nation-filter"
        value={selected ?? ""}
        onChange={(event) => {
          const nation = event.target.value;
          navigate(nation ? `${basePath}?${new URLSearchParams({ nation })}` : basePath, { replace: true });
        }}
      >
        <option value="">{t("directory.allNations")}</option>
        {nations.map((nation) => (
          <option key={nation.code} value={nation.code}>
            {localized({ en: nation.nameEn, ko: nation.nameKo })} ({nation.code})
          </option>
        ))}
      </select>
    </div>
  );
}
