// Administrators' accounts page: every account they may manage, grouped under its nation's marking.

import { useState } from "react";
import { useAccessText, useLoad } from "../access/useAccess.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { AccountRow } from "./AccountRow.tsx";
import type { Account, BodyChoice } from "./adminTypes.ts";
import { CreateAccountForm } from "./CreateAccountForm.tsx";

export function UsersPage({ csrfToken }: { csrfToken: string }) {
  const t = useAccessText();
  const { outcome, reload } = useLoad<{ items: Account[] }>("/users");
  const bodies = useLoad<{ items: BodyChoice[] }>("/bodies").outcome;
  const meta = useLoad<{ classifications: string[] }>("/meta").outcome;
  const clearances = meta?.ok ? meta.value.classifications : [];
  const [problem, setProblem] = useState<string | null>(null);
  const accounts = outcome?.ok ? outcome.value.items : [];
  const nations = [...new Set(accounts.map((a) => a.nation))].sort();

  return (
    <div className="page">
      <PageHeading title={t("admin.heading")} />
      {outcome && !outcome.ok ? (
        <p role="alert" className="alert alert-error">
          {outcome.detail}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      {nations.map((nation) => (
        <section key={nation} aria-label={nation}>
          {/* Accounts are marked for their own nation: OFFICIAL, releasable to it alone. */}
          <div className="marking marking-official">
            <p className="marking-text">
              <strong>OFFICIAL</strong> {`// REL TO ${nation}`}
            </p>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.username")}</th>
                <th scope="col">{t("admin.nation")}</th>
                <th scope="col">{t("admin.clearance")}</th>
                <th scope="col">{t("admin.roles")}</th>
                <th scope="col">{t("admin.factors")}</th>
                <th scope="col">{t("admin.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts
                .filter((a) => a.nation === nation)
                .map((account) => (
                  <AccountRow
                    key={account.id}
                    account={account}
                    bodies={bodies?.ok ? bodies.value.items : []}
                    clearances={clearances}
                    csrfToken={csrfToken}
                    onChange={reload}
                    onProblem={setProblem}
                  />
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <CreateAccountForm csrfToken={csrfToken} clearances={clearances} onCreated={reload} />
    </div>
  );
}
