// A button that proves, in this browser, that an entry is in the signed checkpoint.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fromBase64, fromHex, verifyInclusion } from "./inclusion.ts";
import { fetchInclusionProof } from "./recordApi.ts";

type Outcome = "idle" | "checking" | "included" | "failed";

export function InclusionCheck({ index, size, root }: { index: number; size: number; root: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>("idle");

  async function check() {
    setOutcome("checking");
    const proof = await fetchInclusionProof(index, size);
    const ok =
      proof !== null &&
      (await verifyInclusion(
        index,
        size,
        fromHex(proof.leafHash),
        proof.proof.map(fromBase64),
        fromBase64(root),
      ));
    setOutcome(ok ? "included" : "failed");
  }

  if (outcome === "included") return <span className="check-ok">{t("record.included")}</span>;
  if (outcome === "failed")
    return (
      <span className="check-failed" role="alert">
        {t("record.notIncluded")}
      </span>
    );
  return (
    <button
      type="button"
      className="button button-small"
      disabled={outcome === "checking"}
      onClick={() => void check()}
    >
      {outcome === "checking" ? t("record.checking") : t("record.checkInclusion")}
    </button>
  );
}
