// The published readout of the 26 October 2021 consultation: the seed press release (seeds/000) in
// English as published, and in Korean.
export const readout2021 = {
  titleEn: "ROK and the U.S. hold a High-Level Disarmament and Non-Proliferation Consultation",
  titleKo: "한-미 고위급 군축·비확산 협의 개최",
  textEn: `1. The ROK Deputy Foreign Minister for Multilateral and Global Affairs Ham Sang-wook and the U.S. Under Secretary for Arms Control and International Security Bonnie Jenkins held a High-Level bilateral Disarmament and Non-Proliferation Consultation at the U.S. Department of State on October 26.

○ The ROK and the U.S. have been holding this high-level bilateral consultation with a view to strengthening their partnership vis-a-vis issues concerning disarmament, non-proliferation and global security. Held for the first time since the inauguration of the Biden administration, the consultation on October 26 was a follow-up to the ROK-U.S. Summit held this May where the two Leaders reaffirmed their willingness to strengthen cooperation in the areas of non-proliferation and civil use of atomic energy, among others.

2. At the consultation, the two sides engaged in an extensive exchange of views and agreed to continue working closely not only on traditional issues such as non-proliferation of nuclear, biological, and chemical weapons but also on emerging security issues in new domains such as space.

○ For the upcoming 10th Nuclear Non-Proliferation Treaty (NPT) Review Conference (RevCon) in January 2022, the two countries shared their commitment to take this opportunity to reinforce the NPT as the cornerstone of global disarmament and nonproliferation regime.

○ With regard to space security, the two sides agreed to continue their discussion on the possibility of establishing relevant international norms and on promoting substantive cooperation through, in particular, the 5th Space Policy Dialogue to be held in Seoul next year.

○ In addition, the U.S. explained its ongoing efforts regarding the Strategic Stability Dialogue with Russia, and the ROK expressed its support for the efforts by the U.S. and Russia towards establishing a next-generation arms control regime.

○ The U.S. wished the ROK success with regard to the upcoming 20th ROK-U.N. Joint Conference on Disarmament and Non-proliferation Issues to be held in Seoul on November 11 and 12, which will be held in a meaningful year of the 30th anniversary of the simultaneous admission of the ROK and the DPRK into the U.N.

3. Meanwhile, Deputy Foreign Minister Ham also met with Thomas Countryman, Senior Advisor for the 10th NPT Review Conference at the State Department. They shared their views and priorities for the upcoming Review Conference and agreed to work closely to make the Review Conference a success.`,
  textKo: `1. 함상욱 외교부 다자외교조정관은 10월 26일 미국 국무부에서 보니 젠킨스(Bonnie Jenkins) 국무부 군비통제·국제안보 차관과 한-미 고위급 군축·비확산 협의를 개최하였다.

○ 한미 양국은 군축·비확산 및 국제안보 문제에 관한 파트너십을 강화하기 위해 고위급 양자 협의를 개최해 오고 있다. 바이든 행정부 출범 이후 처음 개최된 이번 협의는, 양국 정상이 비확산 및 원자력의 민수 이용 등 분야에서의 협력 강화 의지를 재확인한 지난 5월 한-미 정상회담의 후속 조치이다.

2. 이번 협의에서 양측은 폭넓은 의견을 교환하고, 핵·생물·화학무기 비확산 등 전통적 현안뿐 아니라 우주 등 새로운 영역의 신흥 안보 현안에 대해서도 긴밀히 협력해 나가기로 하였다.

○ 양국은 2022년 1월 개최 예정인 제10차 핵확산금지조약(NPT) 평가회의를 계기로 NPT를 국제 군축·비확산 체제의 초석으로서 강화해 나가자는 의지를 공유하였다.

○ 우주안보와 관련하여, 양측은 관련 국제규범 수립 가능성에 대한 논의를 지속하고, 특히 내년 서울에서 개최될 제5차 우주정책대화를 통해 실질 협력을 증진해 나가기로 하였다.

○ 아울러 미측은 러시아와의 전략적 안정 대화 관련 노력을 설명하였으며, 우리측은 차세대 군비통제 체제 수립을 위한 미국과 러시아의 노력에 대한 지지를 표명하였다.

○ 미측은 남북한 유엔 동시가입 30주년이라는 뜻깊은 해에 11월 11일부터 12일까지 서울에서 개최될 제20차 한-유엔 군축·비확산 회의의 성공적 개최를 기원하였다.

3. 한편, 함 조정관은 토머스 컨트리먼(Thomas Countryman) 국무부 제10차 NPT 평가회의 선임고문과도 면담하고, 평가회의에 대한 양측의 견해와 우선순위를 공유하였으며, 평가회의의 성공을 위해 긴밀히 협력해 나가기로 하였다.`,
};
