// The consulted party states its nation's position, with comments.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../app/api.ts";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { useSession } from "../app/session.ts";
import { act } from "./consultationsApi.ts";
import { type Consultation, type Party, type PositionKind, positionKinds } from "./model.ts";

type Props = { id: string; party: Party; onStated: (consultation: Consultation) => void };

export function PositionForm({ id, party, onStated }: Props) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [position, setPosition] = useState<PositionKind>(party.stance ?? "concur");
  const [comments, setComments] = useState(party.comments ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [key] = useState(newIdempotencyKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await act(
      id,
      "position",
      { position, comments },
      session.csrfToken,
      `${key}-${position}-${comments.length}`,
    );
    if (outcome.ok) {
      setProblem(null);
      onStated(outcome.value);
    } else setProblem(outcome.problem);
  }

  return (
    <form className="form position-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t("consultations.statePosition", { nation: party.nation })}</legend>
        {positionKinds.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="position"
              value={kind}
              checked={position === kind}
              onChange={() => setPosition(kind)}
            />{" "}
            {t(`consultations.position.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="position-comments">{t("consultations.comments")}</label>
        <textarea
          id="position-comments"
          rows={4}
          value={comments}
          onChange={(e) => setComments(e.target.value)}
        />
      </div>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <div className="form-actions">
        <button type="submit" className="button">
          {t("consultations.submitPosition")}
        </button>
      </div>
    </form>
  );
}
