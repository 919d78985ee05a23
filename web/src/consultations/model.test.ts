import { describe, expect, it } from "vitest";
import type { User } from "../access/model.ts";
import { type Consultation, canSteer, minutesLeft, myParty, stageOf, timelineLabel } from "./model.ts";

const user = (nation: string, permissions: string[]): User => ({
  id: "u",
  username: "u",
  displayName: "U",
  nation,
  organizationId: null,
  clearance: "SECRET",
  roles: [],
  permissions,
  demo: true,
  timeZone: "Asia/Seoul",
});

const party = {
  nation: "KOR",
  position: 0,
  tier: "duty-officer",
  nextEscalationAt: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  stance: null,
  comments: null,
  statedAt: null,
};

const consultation: Consultation = {
  id: "c",
  bodyId: "b",
  subject: "s",
  brief: "b",
  marking: { classification: "SECRET", releasableTo: ["KOR", "USA"] },
  urgency: "flash",
  requesterNation: "USA",
  requesterUserId: null,
  openedAt: "2026-11-26T00:00:00Z",
  responseDeadline: "2026-11-26T01:00:00Z",
  status: "open",
  outcome: null,
  closedAt: null,
  parties: [party],
  alerts: [],
};

describe("the console's rules", () => {
  it("knows each party's stage", () => {
    expect(stageOf(party)).toBe("alerted");
    expect(stageOf({ ...party, acknowledgedAt: "x" })).toBe("acknowledged");
    expect(stageOf({ ...party, acknowledgedAt: "x", stance: "concur" })).toBe("stated");
  });

  it("lets the consulted nation respond and the requesting nation steer", () => {
    expect(myParty(user("KOR", ["consultations.respond"]), consultation)?.nation).toBe("KOR");
    expect(myParty(user("USA", ["consultations.respond"]), consultation)).toBeNull();
    expect(myParty(user("KOR", []), consultation)).toBeNull();
    expect(canSteer(user("USA", ["consultations.open"]), consultation)).toBe(true);
    expect(canSteer(user("KOR", ["consultations.open"]), consultation)).toBe(false);
    expect(canSteer(user("USA", ["consultations.open"]), { ...consultation, status: "closed" })).toBe(false);
  });

  it("counts minutes to the deadline and labels timeline events", () => {
    expect(minutesLeft(new Date("2026-11-26T00:30:00Z"), "2026-11-26T01:00:00Z")).toBe(30);
    const label = timelineLabel({
      index: 1,
      at: "x",
      type: "consultation.escalated",
      nation: null,
      user: null,
      body: { nation: "KOR", tier: "principal" },
    });
    expect(label).toEqual({
      key: "consultations.event.escalated",
      values: { nation: "KOR", tier: "principal", position: "", outcome: "", text: "", deadline: "" },
    });
  });
});
