import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAtom } from "./atom.ts";
import { type DraftSource, draftReadout, leakedFragment, particle } from "./model.ts";

const members = ["KOR", "USA"];
const publicMarking = { classification: "PUBLIC", releasableTo: members };

const source: DraftSource = {
  body: {
    nameEn: "High-Level Disarmament and Non-Proliferation Consultation",
    nameKo: "고위급 군축·비확산 협의",
    memberNations: members,
  },
  meeting: {
    startsAt: "2021-10-26T14:00:00Z",
    timeZone: "America/New_York",
    placeEn: "the U.S. Department of State",
    placeKo: "미 국무부",
    marking: publicMarking,
  },
  participants: [
    {
      nation: "KOR",
      nameEn: "Ham Sang-wook",
      nameKo: "함상욱",
      titleEn: "Deputy Foreign Minister",
      titleKo: "다자외교조정관",
    },
    {
      nation: "USA",
      nameEn: "Bonnie Jenkins",
      nameKo: "보니 젠킨스",
      titleEn: "Under Secretary",
      titleKo: "국무부 차관",
    },
  ],
  agenda: [
    {
      id: "npt",
      titleEn: "the 10th NPT Review Conference",
      titleKo: "제10차 NPT 평가회의",
      marking: publicMarking,
    },
    {
      id: "dprk",
      titleEn: "Assessment of the programme",
      titleKo: "평가",
      marking: { classification: "SECRET", releasableTo: members },
    },
  ],
  outcomes: [
    {
      agendaItemId: "npt",
      textEn: "Reinforce the NPT as the cornerstone.",
      textKo: "NPT 강화",
      marking: publicMarking,
    },
    {
      agendaItemId: "npt",
      textEn: "Exchange draft working papers in confidence.",
      textKo: "작업문서 교환",
      marking: { classification: "CONFIDENTIAL", releasableTo: members },
    },
    { agendaItemId: "dprk", textEn: "Keep talking.", textKo: "계속 협의", marking: publicMarking },
    {
      agendaItemId: "npt",
      textEn: "Korean-only public line.",
      textKo: "한국만",
      marking: { classification: "PUBLIC", releasableTo: ["KOR"] },
    },
  ],
};

describe("drafting a readout", () => {
  it("follows the seed's form: numbered points, ○ sub-points, both languages", () => {
    const draft = draftReadout(source);
    expect(draft.titleEn).toBe(
      "ROK and the U.S. hold a High-Level Disarmament and Non-Proliferation Consultation",
    );
    expect(draft.textEn).toMatch(
      /^1\. The ROK Deputy Foreign Minister Ham Sang-wook and the U\.S\. Under Secretary Bonnie Jenkins held the High-Level/,
    );
    expect(draft.textEn).toContain("on October 26, 2021.");
    expect(draft.textEn).toContain(
      "2. On the 10th NPT Review Conference:\n\n○ Reinforce the NPT as the cornerstone.",
    );
    expect(draft.textEn).toContain("3. The two sides also agreed as follows.\n\n○ Keep talking.");
    expect(draft.textKo).toContain(
      "다자외교조정관 함상욱과 국무부 차관 보니 젠킨스는 2021년 10월 26일 미 국무부에서 고위급 군축·비확산 협의를 개최하였다.",
    );
    expect(draft.textKo).toContain("○ NPT 강화");
  });

  it("leaves out what is not PUBLIC for every member: outcomes, agenda titles, and a non-public session's place", () => {
    const draft = draftReadout({
      ...source,
      meeting: { ...source.meeting, marking: { classification: "OFFICIAL", releasableTo: members } },
    });
    const all = Object.values(draft).join("\n");
    expect(all).not.toContain("working papers");
    expect(all).not.toContain("Assessment of the programme");
    expect(all).not.toContain("Korean-only");
    expect(all).not.toContain("Department of State");
    expect(draft.textEn.startsWith("1. The ROK and the U.S. held a session of the High-Level")).toBe(true);
  });

  it("chooses Korean particles by the final syllable", () => {
    expect(particle("핵협의그룹", "을", "를")).toBe("핵협의그룹을");
    expect(particle("고위급 군축·비확산 협의", "을", "를")).toBe("고위급 군축·비확산 협의를");
  });
});

describe("the leak guard on edits", () => {
  it("finds a restricted sentence pasted into a readout, whatever the spacing or case", () => {
    const restricted = ["Exchange draft working papers in confidence. Second thing here."];
    expect(leakedFragment("1. Intro.\n\n○ exchange draft  working papers in confidence.", restricted)).toBe(
      "Exchange draft working papers in confidence.",
    );
    expect(leakedFragment("1. Only public lines here.", restricted)).toBeNull();
  });
});

const words = fc.stringMatching(/^[a-z][a-z ]{0,30}$/);
const classification = fc.constantFrom("PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET");
const releasable = fc.subarray(members, { minLength: 1 });

describe("property: nothing above PUBLIC reaches a readout, its draft or its feed", () => {
  it("holds for any mix of agenda items and outcomes", () => {
    const agendaItem = fc.record({ title: words, classification, releasableTo: releasable });
    const outcome = fc.record({ text: words, agenda: fc.nat(), classification, releasableTo: releasable });
    fc.assert(
      fc.property(
        fc.array(agendaItem, { minLength: 1, maxLength: 5 }),
        fc.array(outcome, { maxLength: 12 }),
        classification,
        (items, outcomes, meetingClassification) => {
          const isPublic = (c: string, r: string[]) => c === "PUBLIC" && r.length === members.length;
          const agenda = items.map((item, i) => ({
            id: `a${i}`,
            titleEn: isPublic(item.classification, item.releasableTo)
              ? item.title
              : `HIDDENAGENDA ${i} ${item.title}`,
            titleKo: isPublic(item.classification, item.releasableTo)
              ? item.title
              : `숨김의제 ${i} ${item.title}`,
            marking: { classification: item.classification, releasableTo: item.releasableTo },
          }));
          const drafted = outcomes.map((o, i) => {
            const open = isPublic(o.classification, o.releasableTo);
            return {
              agendaItemId: `a${o.agenda % (items.length + 1)}`,
              textEn: open ? o.text : `RESTRICTED ${i} ${o.text}`,
              textKo: open ? o.text : `비공개 ${i} ${o.text}`,
              marking: { classification: o.classification, releasableTo: o.releasableTo },
            };
          });
          const meetingMarking = { classification: meetingClassification, releasableTo: members };
          const draft = draftReadout({
            ...source,
            meeting: {
              ...source.meeting,
              marking: meetingMarking,
              placeEn: "SECRETPLACE",
              placeKo: "비밀장소",
            },
            agenda,
            outcomes: drafted,
          });
          const feed = renderAtom(
            [
              {
                id: "r",
                meetingId: "m",
                bodyId: "b",
                ...draft,
                version: 1,
                status: "published",
                updatedAt: "2021-10-27T00:00:00Z",
                publishedAt: "2021-10-27T00:00:00Z",
              },
            ],
            "https://entente.example",
            new Date("2021-10-27T00:00:00Z"),
          );
          for (const text of [draft.titleEn, draft.titleKo, draft.textEn, draft.textKo, feed]) {
            expect(text).not.toMatch(/RESTRICTED|비공개|HIDDENAGENDA|숨김의제/);
            if (meetingClassification !== "PUBLIC") expect(text).not.toMatch(/SECRETPLACE|비밀장소/);
          }
          for (const o of drafted.filter((o) => isPublic(o.marking.classification, o.marking.releasableTo))) {
            expect(draft.textEn).toContain(`○ ${o.textEn}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses, through the leak guard, any edit that carries a restricted outcome's text", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z ,]{11,60}$/), words, words, (secret, before, after) => {
        fc.pre(secret.trim().length >= 12);
        expect(leakedFragment(`${before} ${secret} ${after}`, [secret])).not.toBeNull();
      }),
    );
  });
});
