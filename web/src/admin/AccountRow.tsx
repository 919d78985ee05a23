// One account in the administrators' table: clearance, roles (grant and revoke), status, sessions, TOTP.
import { useState } from "react";
import { callApi, type Method } from "../access/accessApi.ts";
import { useAccessText } from "../access/useAccess.ts";
import { type Account, type BodyChoice, roleNames } from "./adminTypes.ts";

type Props = {
  account: Account;
  bodies: BodyChoice[];
  clearances: string[];
  csrfToken: string;
  onChange: () => void;
  onProblem: (detail: string) => void;
};

export function AccountRow({ account, bodies, clearances, csrfToken, onChange, onProblem }: Props) {
  const t = useAccessText();
  const [role, setRole] = useState<string>("observer");
  // "" grants the role alliance-wide; a body's id makes it a membership of that body.
  const [bodyId, setBodyId] = useState("");
  const acronymOf = (id: string) => bodies.find((b) => b.id === id)?.acronym ?? id;
  const base = `/users/${encodeURIComponent(account.id)}`;

  async function send(method: Method, path: string, body?: unknown) {
    const result = await callApi(method, base + path, csrfToken, body);
    if (!result.ok) onProblem(result.detail);
    onChange();
  }

  return (
    <tr>
      <th scope="row">
        {account.username}
        <br />
        <small>{account.displayName}</small>
      </th>
      <td>{account.nation}</td>
      <td>
        <label className="visually-hidden" htmlFor={`clearance-${account.id}`}>
          {t("admin.clearanceOf", { name: account.username })}
        </label>
        <select
          id={`clearance-${account.id}`}
          value={account.clearance}
          onChange={(e) => send("PUT", "/clearance", { clearance: e.target.value })}
        >
          {clearances.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </td>
      <td>
        <ul className="role-list">
          {account.roles.map((grant) => (
            <li key={`${grant.role}-${grant.bodyId ?? "*"}`}>
              {t(`roles.${grant.role}`, { defaultValue: grant.role })}
              {grant.bodyId ? ` (${acronymOf(grant.bodyId)})` : ` (${t("admin.allianceWide")})`}{" "}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => send("POST", "/roles/revoke", grant)}
              >
                {t("admin.revoke", { role: grant.role })}
              </button>
            </li>
          ))}
        </ul>
        <label className="visually-hidden" htmlFor={`role-${account.id}`}>
          {t("admin.roleFor", { name: account.username })}
        </label>
        <select id={`role-${account.id}`} value={role} onChange={(e) => setRole(e.target.value)}>
          {roleNames.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`scope-${account.id}`}>
          {t("admin.scopeFor", { name: account.username })}
        </label>
        <select id={`scope-${account.id}`} value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
          <option value="">{t("admin.allianceWide")}</option>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.acronym}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => send("POST", "/roles", { role, bodyId: bodyId || null })}
        >
          {t("admin.grant")}
        </button>
      </td>
      <td>
        {account.totp ? t("admin.totpOn") : t("admin.totpOff")} ·{" "}
        {t("admin.passkeys", { count: account.passkeys })}
        {account.demo ? ` · ${t("admin.demo")}` : ""}
      </td>
      <td>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => send("PUT", "/status", { disabled: !account.disabled })}
        >
          {account.disabled ? t("admin.enable") : t("admin.disable")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => send("POST", "/sessions/revoke")}
        >
          {t("admin.endSessions")}
        </button>
        {account.totp ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => send("POST", "/totp/reset")}
          >
            {t("admin.resetTotp")}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
