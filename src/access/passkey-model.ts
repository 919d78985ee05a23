// The JSON a browser's PublicKeyCredential.toJSON() sends back, as schemas that validate it at the door.
import { Type } from "typebox";

const b64url = Type.String({ pattern: "^[A-Za-z0-9_-]*$", maxLength: 16384 });
const common = {
  id: b64url,
  rawId: b64url,
  authenticatorAttachment: Type.Optional(
    Type.Union([Type.Literal("platform"), Type.Literal("cross-platform")]),
  ),
  clientExtensionResults: Type.Object(
    {
      appid: Type.Optional(Type.Boolean()),
      credProps: Type.Optional(Type.Object({ rk: Type.Optional(Type.Boolean()) })),
      hmacCreateSecret: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: true },
  ),
  type: Type.Literal("public-key"),
};

export const RegistrationResponse = Type.Object({
  ...common,
  response: Type.Object({
    clientDataJSON: b64url,
    attestationObject: b64url,
    authenticatorData: Type.Optional(b64url),
    transports: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 10 })),
    publicKeyAlgorithm: Type.Optional(Type.Integer()),
    publicKey: Type.Optional(b64url),
  }),
});

export const AuthenticationResponse = Type.Object({
  ...common,
  response: Type.Object({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: Type.Optional(b64url),
  }),
});

/** Options for navigator.credentials.create(), as the library makes them (every field, so none is dropped). */
export const CreationOptions = Type.Object({
  rp: Type.Unknown(),
  user: Type.Unknown(),
  challenge: Type.String(),
  pubKeyCredParams: Type.Unknown(),
  timeout: Type.Optional(Type.Number()),
  excludeCredentials: Type.Optional(Type.Unknown()),
  authenticatorSelection: Type.Optional(Type.Unknown()),
  hints: Type.Optional(Type.Unknown()),
  attestation: Type.Optional(Type.String()),
  attestationFormats: Type.Optional(Type.Unknown()),
  extensions: Type.Optional(Type.Unknown()),
});

/** Options for navigator.credentials.get(). */
export const RequestOptions = Type.Object({
  challenge: Type.String(),
  timeout: Type.Optional(Type.Number()),
  rpId: Type.Optional(Type.String()),
  allowCredentials: Type.Optional(Type.Unknown()),
  userVerification: Type.Optional(Type.String()),
  hints: Type.Optional(Type.Unknown()),
  extensions: Type.Optional(Type.Unknown()),
});

export const PasskeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
});
