// The commitments of the Washington Declaration (seeds/004, 26 April 2023), tracked by the NCG,
// with owners, due dates or cadences, and a few dated updates.
import { systemActor } from "../access/actor.ts";
import { createCommitment } from "../commitments/createCommitment.ts";
import { recordCommitmentUpdate } from "../commitments/recordCommitmentUpdate.ts";
import { type Pipeline, runCommand } from "../pipeline/run-command.ts";
import { type DemoIds, idOf } from "./ids.ts";

const source = { sourceEn: "Washington Declaration", sourceKo: "워싱턴 선언", agreedOn: "2023-04-26" };
const both = ["KOR", "USA"];

type Update = [onDate: string, status: string, noteEn: string, noteKo: string];
const declaration: {
  en: string;
  ko: string;
  owners: string[];
  organization?: string;
  dueOn?: string;
  cadence?: string;
  updates: Update[];
}[] = [
  {
    en: "Establish the Nuclear Consultative Group (NCG) to strengthen extended deterrence, discuss nuclear and strategic planning, and manage the threat to the nonproliferation regime posed by the DPRK",
    ko: "확장억제 강화, 핵 및 전략기획 논의, 북한의 비확산체제 위협 관리를 위한 핵협의그룹(NCG) 창설",
    owners: both,
    dueOn: "2023-12-31",
    updates: [
      [
        "2023-07-18",
        "done",
        "The NCG held its inaugural meeting in Seoul (demo entry).",
        "핵협의그룹 첫 회의를 서울에서 개최함 (시연용 기록).",
      ],
    ],
  },
  {
    en: "Strengthen standing bodies for consultations on extended deterrence, including the Extended Deterrence Strategy and Consultation Group",
    ko: "확장억제전략협의체(EDSCG)를 포함한 확장억제 상설 협의체 강화",
    owners: both,
    cadence: "annual",
    updates: [
      [
        "2023-09-15",
        "in-progress",
        "The EDSCG convened in Washington (demo entry).",
        "확장억제전략협의체가 워싱턴에서 개최됨 (시연용 기록).",
      ],
    ],
  },
  {
    en: "Conduct simulations to inform joint planning efforts",
    ko: "공동 기획 노력에 반영하기 위한 모의연습 실시",
    owners: both,
    dueOn: "2024-06-30",
    updates: [
      [
        "2024-01-20",
        "in-progress",
        "First tabletop simulation scoped by the NCG secretariats (demo entry).",
        "NCG 사무국이 첫 도상 모의연습 범위를 정함 (시연용 기록).",
      ],
    ],
  },
  {
    en: "Enable joint execution and planning for ROK conventional support to U.S. nuclear operations in a contingency",
    ko: "유사시 미국 핵작전에 대한 한국 재래식 지원의 공동 실행 및 기획 가능화",
    owners: both,
    dueOn: "2024-12-31",
    updates: [],
  },
  {
    en: "Improve combined exercises and training activities on the application of nuclear deterrence on the Korean Peninsula",
    ko: "한반도에서의 핵억제 적용에 관한 연합연습 및 훈련활동 개선",
    owners: both,
    cadence: "annual",
    updates: [],
  },
  {
    en: "Maintain robust communication infrastructure to facilitate consultations on any possible nuclear weapons employment on the Korean Peninsula",
    ko: "한반도에서의 핵무기 사용 가능성에 관한 협의를 위한 견고한 소통 체계 유지",
    owners: ["USA", "KOR"],
    cadence: "quarterly",
    updates: [
      [
        "2026-09-30",
        "in-progress",
        "Quarterly check of the consultation channels completed (demo entry).",
        "분기별 협의 채널 점검 완료 (시연용 기록).",
      ],
    ],
  },
  {
    en: "Closely connect the capabilities and planning activities of the new ROK Strategic Command and the U.S.-ROK Combined Forces Command",
    ko: "신설 한국 전략사령부와 한미연합군사령부의 능력 및 기획 활동 긴밀 연계",
    owners: ["KOR"],
    organization: "stratcom",
    dueOn: "2027-06-30",
    updates: [],
  },
];

export async function loadWashingtonDeclaration(pipeline: Pipeline, ids: DemoIds, reviewMeetingId: string) {
  const loader = systemActor("demo-loader");
  for (const c of declaration) {
    const created = await runCommand(pipeline, loader, createCommitment, {
      bodyId: idOf(ids.bodies, "NCG"),
      ...source,
      statementEn: c.en,
      statementKo: c.ko,
      ownerNations: c.owners,
      ...(c.organization ? { ownerOrganizationId: idOf(ids.organizations, c.organization) } : {}),
      ...(c.dueOn ? { dueOn: c.dueOn } : {}),
      ...(c.cadence ? { cadence: c.cadence } : {}),
      reviewMeetingId,
      marking: { classification: "PUBLIC", releasableTo: both },
    });
    for (const [onDate, status, noteEn, noteKo] of c.updates) {
      await runCommand(pipeline, loader, recordCommitmentUpdate, {
        commitmentId: created.result.id,
        onDate,
        status,
        noteEn,
        noteKo,
        evidence: "Secretariat record",
      });
    }
  }
}
