// Every directory page: PUBLIC marking above and below, the page heading, and the page's actions.
import type { ReactNode } from "react";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { directoryClassification } from "./model.ts";

type DirectoryFrameProps = { title: string; actions?: ReactNode; children: ReactNode };

export function DirectoryFrame({ title, actions, children }: DirectoryFrameProps) {
  return (
    <>
      <Marking classification={directoryClassification} />
      <div className="page">
        <div className="page-title-row">
          <PageHeading title={title} />
          {actions ? <div className="page-actions">{actions}</div> : null}
        </div>
        {children}
      </div>
      <Marking classification={directoryClassification} />
    </>
  );
}
