// A page's <h1> and document title; after in-app navigation it takes focus so screen readers announce it.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { hasNavigated } from "./router.ts";

export function PageHeading({ title }: { title: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (hasNavigated()) heading.current?.focus();
  }, []);

  useEffect(() => {
    document.title = `${title} — ${t("app.name")}`;
  }, [title, t]);

  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {title}
    </h1>
  );
}
