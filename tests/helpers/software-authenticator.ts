// A passkey held in this process, for tests that need a WebAuthn assertion
// without a browser: an ES256 key (P-256) whose public half is stored as
// COSE, and answers to a challenge signed as an authenticator signs them
// (authenticatorData ‖ SHA-256(clientDataJSON)). The browser's own
// virtual authenticator covers the whole ceremony in tests/e2e/passkeys.spec.ts.
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;

/** CBOR (RFC 8949) of a COSE EC2 key: {1: 2, 3: -7, -1: 1, -2: x, -3: y}. */
function coseKey(x: Buffer, y: Buffer): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20]), x, Buffer.from([0x22, 0x58, 0x20]), y]));
}

export function softwarePasskey() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const credentialId = randomBytes(16).toString("base64url");
  let counter = 0;
  return {
    credentialId,
    publicKey: coseKey(Buffer.from(jwk.x ?? "", "base64url"), Buffer.from(jwk.y ?? "", "base64url")),
    /** An assertion for `challenge`, as a browser at `origin` sends it; `verified` false for a key without a PIN or fingerprint. */
    answer(challenge: string, { origin, rpId, verified = true, counterStep = 1 }: { origin: string; rpId: string; verified?: boolean; counterStep?: number }) {
      counter += counterStep;
      const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin, crossOrigin: false }));
      const count = Buffer.alloc(4);
      count.writeUInt32BE(counter);
      const flags = FLAG_USER_PRESENT | (verified ? FLAG_USER_VERIFIED : 0);
      const authenticatorData = Buffer.concat([createHash("sha256").update(rpId).digest(), Buffer.from([flags]), count]);
      const signature = sign("sha256", Buffer.concat([authenticatorData, createHash("sha256").update(clientDataJSON).digest()]), privateKey);
      return {
        id: credentialId,
        rawId: credentialId,
        type: "public-key" as const,
        response: {
          clientDataJSON: clientDataJSON.toString("base64url"),
          authenticatorData: authenticatorData.toString("base64url"),
          signature: signature.toString("base64url"),
        },
        clientExtensionResults: {},
      };
    },
  };
}
