// The demo alliance, from the two seed documents (shared/seeds): nations, organizations, officials, bodies.
// Duty officers are fictional stand-ins; every other name and title is as the seeds give it.
export const demoNations = [
  { code: "KOR", nameEn: "Republic of Korea", nameKo: "대한민국" },
  { code: "USA", nameEn: "United States of America", nameKo: "미합중국" },
];

export const demoOrganizations = [
  { key: "mofa", nation: "KOR", acronym: "MOFA", nameEn: "Ministry of Foreign Affairs", nameKo: "외교부" },
  { key: "mnd", nation: "KOR", acronym: "MND", nameEn: "Ministry of National Defense", nameKo: "국방부" },
  { key: "president", nation: "KOR", acronym: "OPK", nameEn: "Office of the President", nameKo: "대통령실" },
  {
    key: "stratcom",
    nation: "KOR",
    acronym: "ROK STRATCOM",
    nameEn: "ROK Strategic Command",
    nameKo: "전략사령부",
  },
  { key: "state", nation: "USA", acronym: "DOS", nameEn: "Department of State", nameKo: "국무부" },
  { key: "dod", nation: "USA", acronym: "DOD", nameEn: "Department of Defense", nameKo: "국방부" },
  { key: "whitehouse", nation: "USA", acronym: "WH", nameEn: "The White House", nameKo: "백악관" },
  // A combined ROK–U.S. command; the directory files it under its U.S. commander's nation.
  {
    key: "cfc",
    nation: "USA",
    acronym: "CFC",
    nameEn: "ROK-U.S. Combined Forces Command",
    nameKo: "한미연합군사령부",
  },
] as const;

export type OrganizationKey = (typeof demoOrganizations)[number]["key"];

const seoul = "Asia/Seoul";
const washington = "America/New_York";

export const demoPeople: {
  key: string;
  organization: OrganizationKey;
  nation: string;
  nameEn: string;
  nameKo: string;
  titleEn: string;
  titleKo: string;
  timeZone: string;
  email: string;
}[] = [
  {
    key: "ham",
    organization: "mofa",
    nation: "KOR",
    nameEn: "Ham Sang-wook",
    nameKo: "함상욱",
    titleEn: "Deputy Foreign Minister for Multilateral and Global Affairs",
    titleKo: "다자외교조정관",
    timeZone: seoul,
    email: "ham.sangwook@mofa.example.kr",
  },
  {
    key: "yoon",
    organization: "president",
    nation: "KOR",
    nameEn: "Yoon Suk Yeol",
    nameKo: "윤석열",
    titleEn: "President of the Republic of Korea",
    titleKo: "대한민국 대통령",
    timeZone: seoul,
    email: "president@president.example.kr",
  },
  {
    key: "kimduty",
    organization: "mofa",
    nation: "KOR",
    nameEn: "Kim Min-jun",
    nameKo: "김민준",
    titleEn: "Duty Officer, Situation Room (fictional)",
    titleKo: "상황실 당직관 (가상 인물)",
    timeZone: seoul,
    email: "duty@mofa.example.kr",
  },
  {
    key: "jenkins",
    organization: "state",
    nation: "USA",
    nameEn: "Bonnie Jenkins",
    nameKo: "보니 젠킨스",
    titleEn: "Under Secretary for Arms Control and International Security",
    titleKo: "군비통제·국제안보 담당 차관",
    timeZone: washington,
    email: "jenkins.b@state.example.gov",
  },
  {
    key: "countryman",
    organization: "state",
    nation: "USA",
    nameEn: "Thomas Countryman",
    nameKo: "토머스 컨트리먼",
    titleEn: "Senior Advisor for the 10th NPT Review Conference",
    titleKo: "제10차 NPT 평가회의 선임고문",
    timeZone: washington,
    email: "countryman.t@state.example.gov",
  },
  {
    key: "biden",
    organization: "whitehouse",
    nation: "USA",
    nameEn: "Joe Biden",
    nameKo: "조 바이든",
    titleEn: "President of the United States",
    titleKo: "미합중국 대통령",
    timeZone: washington,
    email: "president@whitehouse.example.gov",
  },
  {
    key: "morganduty",
    organization: "state",
    nation: "USA",
    nameEn: "Alex Morgan",
    nameKo: "알렉스 모건",
    titleEn: "Watch Officer, Operations Center (fictional)",
    titleKo: "상황센터 당직관 (가상 인물)",
    timeZone: washington,
    email: "watch@state.example.gov",
  },
];

export const demoBodies = [
  { acronym: "NCG", nameEn: "Nuclear Consultative Group", nameKo: "핵협의그룹", classification: "SECRET" },
  {
    acronym: "EDSCG",
    nameEn: "Extended Deterrence Strategy and Consultation Group",
    nameKo: "확장억제전략협의체",
    classification: "SECRET",
  },
  {
    acronym: "DNP",
    nameEn: "High-Level Disarmament and Non-Proliferation Consultation",
    nameKo: "고위급 군축·비확산 협의",
    classification: "CONFIDENTIAL",
  },
  { acronym: "SPD", nameEn: "Space Policy Dialogue", nameKo: "우주정책대화", classification: "CONFIDENTIAL" },
];

export const demoAccounts: {
  username: string;
  displayName: string;
  nation: string;
  organization: OrganizationKey;
  person?: string;
  role: "admin" | "secretariat" | "duty-officer" | "principal" | "auditor";
}[] = [
  {
    username: "admin",
    displayName: "Entente Administrator",
    nation: "KOR",
    organization: "mofa",
    role: "admin",
  },
  {
    username: "kor.secretariat",
    displayName: "KOR Secretariat",
    nation: "KOR",
    organization: "mofa",
    role: "secretariat",
  },
  {
    username: "usa.secretariat",
    displayName: "USA Secretariat",
    nation: "USA",
    organization: "state",
    role: "secretariat",
  },
  {
    username: "kor.duty",
    displayName: "Kim Min-jun",
    nation: "KOR",
    organization: "mofa",
    person: "kimduty",
    role: "duty-officer",
  },
  {
    username: "usa.duty",
    displayName: "Alex Morgan",
    nation: "USA",
    organization: "state",
    person: "morganduty",
    role: "duty-officer",
  },
  {
    username: "kor.principal",
    displayName: "Ham Sang-wook",
    nation: "KOR",
    organization: "mofa",
    person: "ham",
    role: "principal",
  },
  {
    username: "usa.principal",
    displayName: "Bonnie Jenkins",
    nation: "USA",
    organization: "state",
    person: "jenkins",
    role: "principal",
  },
  {
    username: "kor.auditor",
    displayName: "KOR Record Auditor",
    nation: "KOR",
    organization: "mofa",
    role: "auditor",
  },
  {
    username: "usa.auditor",
    displayName: "USA Record Auditor",
    nation: "USA",
    organization: "state",
    role: "auditor",
  },
];
