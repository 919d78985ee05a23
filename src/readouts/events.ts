// The bodies of readout events.
import { Type } from "typebox";

export const ReadoutDrafted = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  bodyId: Type.String(),
  titleEn: Type.String(),
  titleKo: Type.String(),
  textEn: Type.String(),
  textKo: Type.String(),
  releasableTo: Type.Array(Type.String()),
});

export const ReadoutEdited = Type.Object({
  readoutId: Type.String(),
  titleEn: Type.String(),
  titleKo: Type.String(),
  textEn: Type.String(),
  textKo: Type.String(),
  version: Type.Integer(),
});

export const ReadoutPublished = Type.Object({ readoutId: Type.String(), meetingId: Type.String() });
