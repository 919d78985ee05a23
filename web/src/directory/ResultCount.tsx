// "12 entries", announced politely when a filter changes the list.
import { useTranslation } from "react-i18next";

export function ResultCount({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <p className="result-count" role="status">
      {count === 0 ? t("directory.empty") : t("directory.count", { count })}
    </p>
  );
}
