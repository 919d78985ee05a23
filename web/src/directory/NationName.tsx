// A nation as "대한민국 (KOR)" in the reader's language, or just its code if the directory lacks it.
import { useLocalized } from "./BilingualName.tsx";
import type { Nation } from "./model.ts";

type NationNameProps = { code: string; nationByCode: ReadonlyMap<string, Nation> };

export function NationName({ code, nationByCode }: NationNameProps) {
  const localized = useLocalized();
  const nation = nationByCode.get(code);
  return (
    <span className="nation-name">
      {nation ? `${localized({ en: nation.nameEn, ko: nation.nameKo })} ` : null}
      <span className="code">({code})</span>
    </span>
  );
}
