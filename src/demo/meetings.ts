// The living demo of bodies at work: the 26 October 2021 consultation (seeds/000) with its agenda,
// minutes, outcomes, follow-ups and published readout, and an upcoming NCG session with a marked agenda.
import type { TSchema } from "typebox";
import { systemActor } from "../access/actor.ts";
import { setBodyDetails } from "../bodies/setBodyDetails.ts";
import { createCommitment } from "../commitments/createCommitment.ts";
import { recordCommitmentUpdate } from "../commitments/recordCommitmentUpdate.ts";
import { addAgendaItem } from "../meetings/addAgendaItem.ts";
import { approveMinutes } from "../meetings/approveMinutes.ts";
import { editMinutes } from "../meetings/editMinutes.ts";
import { recordOutcome } from "../meetings/recordOutcome.ts";
import { scheduleMeeting } from "../meetings/scheduleMeeting.ts";
import type { Command } from "../pipeline/command.ts";
import { type Pipeline, runCommand } from "../pipeline/run-command.ts";
import { draftReadout } from "../readouts/draftReadout.ts";
import { editReadout } from "../readouts/editReadout.ts";
import { publishReadout } from "../readouts/publishReadout.ts";
import { loadWashingtonDeclaration } from "./commitments.ts";
import { type DemoIds, idOf } from "./ids.ts";
import { readout2021 } from "./readout-2021.ts";

const both = ["KOR", "USA"];
const mark = (classification: string) => ({ classification, releasableTo: both });

const dnpAgenda = [
  ["10th NPT Review Conference", "제10차 핵확산금지조약(NPT) 평가회의", "ham", "PUBLIC"],
  ["Space security and the 5th Space Policy Dialogue", "우주안보 및 제5차 우주정책대화", "ham", "PUBLIC"],
  ["Strategic Stability Dialogue", "전략적 안정 대화", "jenkins", "PUBLIC"],
  [
    "20th ROK-UN Joint Conference on Disarmament and Non-proliferation Issues",
    "제20차 한-유엔 군축·비확산 회의",
    "ham",
    "PUBLIC",
  ],
  ["Coordination of delegation positions (internal)", "대표단 입장 조율 (내부)", "jenkins", "CONFIDENTIAL"],
] as const;

const dnpMinutes = [
  [
    "The sides reviewed preparations for the Review Conference, now expected in January 2022.",
    "양측은 2022년 1월 개최 예정인 평가회의 준비 상황을 점검하였다.",
  ],
  [
    "The sides discussed norms of responsible behaviour in space and the next Space Policy Dialogue in Seoul.",
    "양측은 우주에서의 책임 있는 행동 규범과 서울에서 열릴 차기 우주정책대화를 논의하였다.",
  ],
  [
    "The U.S. side briefed on the Strategic Stability Dialogue with Russia.",
    "미측은 러시아와의 전략적 안정 대화에 대해 설명하였다.",
  ],
  ["The U.S. side wished the Conference success.", "미측은 회의의 성공적 개최를 기원하였다."],
  [
    "Delegations agreed on a calendar for exchanging working drafts ahead of the Conference.",
    "대표단은 회의에 앞서 실무 초안을 교환할 일정에 합의하였다.",
  ],
] as const;

const dnpOutcomes = [
  [
    0,
    "The two countries shared their commitment to reinforce the NPT as the cornerstone of the global disarmament and nonproliferation regime at the 10th Review Conference.",
    "양국은 제10차 평가회의를 계기로 NPT를 국제 군축·비확산 체제의 초석으로 강화하자는 의지를 공유하였다.",
    "PUBLIC",
  ],
  [
    1,
    "The two sides agreed to continue discussing international norms for space security and to promote cooperation through the 5th Space Policy Dialogue in Seoul.",
    "양측은 우주안보 국제규범 논의를 지속하고 서울에서 열릴 제5차 우주정책대화를 통해 협력을 증진하기로 하였다.",
    "PUBLIC",
  ],
  [
    2,
    "The ROK expressed its support for U.S. and Russian efforts towards a next-generation arms control regime.",
    "우리측은 차세대 군비통제 체제 수립을 위한 미·러의 노력에 지지를 표명하였다.",
    "PUBLIC",
  ],
  [
    3,
    "The U.S. wished the ROK success with the 20th ROK-U.N. Joint Conference in Seoul on 11 and 12 November.",
    "미측은 11월 11~12일 서울에서 열릴 제20차 한-유엔 회의의 성공을 기원하였다.",
    "PUBLIC",
  ],
  [
    4,
    "Each delegation will send the other its draft national statement for the Review Conference in confidence before mid-December.",
    "각 대표단은 12월 중순 전까지 평가회의 국가 발언 초안을 상대측에 비공개로 전달한다.",
    "CONFIDENTIAL",
  ],
] as const;

export async function loadDemoMeetings(pipeline: Pipeline, ids: DemoIds): Promise<void> {
  const loader = systemActor("demo-loader");
  const run = <I extends TSchema, R>(command: Command<I, R>, input: unknown, actor = loader) =>
    runCommand(pipeline, actor, command, input).then((outcome) => outcome.result);
  const person = (key: string) => idOf(ids.people, key);
  const dnp = idOf(ids.bodies, "DNP");

  const details = [
    [
      "DNP",
      "annual",
      [
        ["ham", "co-chair"],
        ["jenkins", "co-chair"],
        ["countryman", "delegate"],
      ],
    ],
    ["NCG", "quarterly", []],
    ["EDSCG", "annual", []],
    ["SPD", "annual", []],
  ] as const;
  for (const [acronym, cadence, members] of details) {
    const memberList = members.map(([key, role]) => ({ personId: person(key), role }));
    await run(setBodyDetails, { bodyId: idOf(ids.bodies, acronym), cadence, members: memberList });
  }

  const session = await run(scheduleMeeting, {
    bodyId: dnp,
    titleEn: "High-Level Disarmament and Non-Proliferation Consultation",
    titleKo: "한-미 고위급 군축·비확산 협의",
    startsAt: "2021-10-26T10:00:00-04:00",
    endsAt: "2021-10-26T12:30:00-04:00",
    timeZone: "America/New_York",
    placeEn: "U.S. Department of State, Washington, D.C.",
    placeKo: "미국 국무부 (워싱턴 D.C.)",
    level: "Deputy Foreign Minister / Under Secretary",
    participantIds: [person("ham"), person("jenkins")],
    marking: mark("PUBLIC"),
    held: true,
  });
  const ref = { bodyId: dnp, meetingId: session.id };
  const items: string[] = [];
  for (const [i, [titleEn, titleKo, owner, classification]] of dnpAgenda.entries()) {
    const item = await run(addAgendaItem, {
      ...ref,
      titleEn,
      titleKo,
      ownerPersonId: person(owner),
      marking: mark(classification),
    });
    items.push(item.id);
    const [minutesEn, minutesKo] = dnpMinutes[i] ?? ["", ""];
    await run(editMinutes, { ...ref, agendaItemId: item.id, minutesEn, minutesKo, version: 0 });
  }
  const outcomes: string[] = [];
  for (const [index, textEn, textKo, classification] of dnpOutcomes) {
    const agendaItemId = items[index];
    outcomes.push(
      (await run(recordOutcome, { ...ref, agendaItemId, textEn, textKo, marking: mark(classification) })).id,
    );
  }
  await run(approveMinutes, ref, systemActor("demo-loader", "KOR"));
  await run(approveMinutes, ref, systemActor("demo-loader", "USA"));

  const followUps = [
    [
      0,
      "Work closely together to make the 10th NPT Review Conference a success",
      "제10차 NPT 평가회의의 성공을 위해 긴밀히 협력",
      "2022-01-04",
      "in-progress",
    ],
    [
      1,
      "Hold the 5th Space Policy Dialogue in Seoul",
      "서울에서 제5차 우주정책대화 개최",
      "2022-12-31",
      null,
    ],
    [
      4,
      "Exchange draft national statements for the Review Conference in confidence",
      "평가회의 국가 발언 초안 비공개 교환",
      "2021-12-15",
      "done",
    ],
  ] as const;
  for (const [index, statementEn, statementKo, dueOn, status] of followUps) {
    const sourceOutcomeId = outcomes[index];
    const created = await run(createCommitment, {
      bodyId: dnp,
      sourceOutcomeId,
      statementEn,
      statementKo,
      ownerNations: both,
      dueOn,
    });
    if (status) {
      await run(recordCommitmentUpdate, {
        commitmentId: created.id,
        onDate: "2021-12-10",
        status,
        noteEn:
          status === "done"
            ? "Drafts exchanged by both delegations (demo entry)."
            : "Delegations compared priorities (demo entry).",
        noteKo:
          status === "done"
            ? "양측 대표단이 초안을 교환함 (시연용 기록)."
            : "대표단이 우선순위를 비교함 (시연용 기록).",
        evidence: "Secretariat note",
      });
    }
  }

  const readout = await run(draftReadout, ref);
  await run(editReadout, { readoutId: readout.id, ...readout2021, version: 1 });
  await run(publishReadout, { readoutId: readout.id });

  await loadWashingtonDeclaration(pipeline, ids, await upcomingNcgSession(pipeline, ids));
}

/** The next NCG session, three weeks from now in Seoul, its agenda marked above PUBLIC. */
async function upcomingNcgSession(pipeline: Pipeline, ids: DemoIds): Promise<string> {
  const loader = systemActor("demo-loader");
  const ncg = idOf(ids.bodies, "NCG");
  const start = new Date(pipeline.now().getTime() + 21 * 86_400_000);
  start.setUTCHours(1, 0, 0, 0); // 10:00 in Seoul
  const session = await runCommand(pipeline, loader, scheduleMeeting, {
    bodyId: ncg,
    titleEn: "Nuclear Consultative Group, regular session",
    titleKo: "핵협의그룹 정례회의",
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
    timeZone: "Asia/Seoul",
    placeEn: "Seoul",
    placeKo: "서울",
    level: "Deputy Assistant / Deputy Minister",
    participantIds: [],
    marking: mark("OFFICIAL"),
  });
  const meetingId = session.result.id;
  const agenda = [
    ["Review of Washington Declaration implementation", "워싱턴 선언 이행 점검", "ham", "CONFIDENTIAL"],
    ["Consultation procedures and communication channels", "협의 절차 및 소통 채널", "jenkins", "SECRET"],
    ["Planning of the next tabletop simulation", "차기 도상 모의연습 계획", "jenkins", "SECRET"],
    ["Public messaging after the session", "회의 후 대외 메시지", "ham", "OFFICIAL"],
  ] as const;
  for (const [titleEn, titleKo, owner, classification] of agenda) {
    await runCommand(pipeline, loader, addAgendaItem, {
      bodyId: ncg,
      meetingId,
      titleEn,
      titleKo,
      ownerPersonId: idOf(ids.people, owner),
      marking: mark(classification),
    });
  }
  return meetingId;
}
