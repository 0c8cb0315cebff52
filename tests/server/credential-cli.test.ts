// `weldtwin credential verify | keygen | issue`, and interoperability with Web Crypto (what the app uses).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { credentialSigningText, type SignedCredentialDocument } from '../../src/scenario/progress/index.ts';
import { issueCredential } from '../../src/server/credentials/document.ts';
import { generateSigningKeyPem, keyIdOf, signerFromPem } from '../../src/server/credentials/signing.ts';

const dir = mkdtempSync(join(tmpdir(), 'weldtwin-cred-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdin: () => stdin,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  });
  return { code, out, err };
}

const definition = {
  id: 'cobot-fillet-operator',
  name: { en: 'Cobot fillet operator', 'zh-CN': '协作机器人角焊操作员' },
  points: 5,
  requirements: [{ scenarioId: 'cobot-fillet-commands', minGrade: 'B' }],
};
const evidence = [
  {
    attemptId: 12,
    scenarioId: 'cobot-fillet-commands',
    scenarioVersion: 1,
    score: 86.5,
    grade: 'B',
    hash: '0f3c5a7790aa1b2c',
  },
];
const holder = { stationId: 3, name: 'Wang Fang', eventId: 1, eventName: 'Provincial skills final' };

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('weldtwin credential', () => {
  const keyFile = join(dir, 'issuer.pem');

  it('keygen writes a private key readable only by its owner and never overwrites it', async () => {
    const r = await run(['credential', 'keygen', `--out=${keyFile}`]);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out);
    expect(info.keyId).toBe(keyIdOf(info.publicKey));
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const again = await run(['credential', 'keygen', `--out=${keyFile}`]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists; refusing to overwrite/);
  });

  it('issues a credential that verify accepts, pinned to the issuer key (exit 0)', async () => {
    const issued = await run(
      ['credential', 'issue', `--key=${keyFile}`],
      JSON.stringify([{ definition, holder, evidence }]),
    );
    expect(issued.code, issued.err).toBe(0);
    const doc = JSON.parse(issued.out)[0] as SignedCredentialDocument;
    const file = write('ok.json', doc);
    const pub = signerFromPem(readFileSync(keyFile, 'utf8')).publicKeyPem;
    const r = await run(['credential', 'verify', file, `--public-key=${write('issuer.pub.pem', pub)}`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({
      valid: true,
      pinned: true,
      definition: 'cobot-fillet-operator',
      holder,
    });
  });

  it('refuses to issue when the evidence does not meet the requirement (exit 2)', async () => {
    const weak = [{ ...evidence[0], grade: 'C', score: 74 }];
    const r = await run(
      ['credential', 'issue', `--key=${keyFile}`],
      JSON.stringify([{ definition, holder, evidence: weak }]),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /\[0\]\.evidence\[0\]: cobot-fillet-commands with grade C and score 74 does not meet requirement/,
    );
  });

  it('reports an altered credential as invalid with the reason (exit 1)', async () => {
    const signer = signerFromPem(readFileSync(keyFile, 'utf8'));
    const doc = issueCredential(
      signer,
      definition,
      holder,
      [{ ...evidence[0]!, verifiedAt: 0 }],
      new Date('2026-05-14T12:00:00Z'),
      'Test',
    );
    doc.credential.evidence[0]!.grade = 'A';
    const r = await run(['credential', 'verify', write('altered.json', doc)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /invalid: the signature does not match the credential: it was altered after signing/,
    );
  });

  it('reports a credential signed by another key than the pinned issuer as invalid (exit 1)', async () => {
    const other = signerFromPem(generateSigningKeyPem());
    const doc = issueCredential(
      other,
      definition,
      holder,
      [{ ...evidence[0]!, verifiedAt: 0 }],
      new Date(),
      'Impostor',
    );
    const pinned = signerFromPem(readFileSync(keyFile, 'utf8')).publicKey;
    const r = await run(['credential', 'verify', write('impostor.json', doc), `--public-key=${pinned}`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not by the trusted issuer key/);
  });

  it('treats a missing file, broken JSON or a non-credential as bad input (exit 2), one line per problem', async () => {
    const r = await run([
      'credential',
      'verify',
      join(dir, 'missing.json'),
      write('broken.json', '{"credential": '),
      write('other.json', { hello: 'world' }),
    ]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/missing\.json: cannot read: ENOENT/);
    expect(lines[1]).toMatch(/broken\.json: not valid JSON/);
    expect(lines[2]).toMatch(/other\.json: credential: expected an object/);
    expect(r.out).toBe('');
    expect((await run(['credential', 'frobnicate'])).code).toBe(2);
  });

  it('verifies what Web Crypto signs, and Web Crypto verifies what the server signs (the app interoperates)', async () => {
    const { subtle } = globalThis.crypto;
    // The app's side: a device key in Web Crypto signs a credential.
    const kp = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const raw = Buffer.from(await subtle.exportKey('raw', kp.publicKey)).toString('base64url');
    const keyId = keyIdOf(raw);
    const credential = {
      type: 'WeldTwinMicroCredential' as const,
      formatVersion: 1 as const,
      id: 'urn:uuid:5b0c7c1e-0000-4000-8000-000000000001',
      definition: { id: definition.id, name: definition.name, points: 5 },
      holder: { traineeId: 'trainee-7', name: 'Li Wei' },
      evidence: [
        {
          attemptId: 'b9e5-…',
          scenarioId: 'cobot-fillet-commands',
          scenarioVersion: 1,
          score: 90,
          grade: 'A',
          hash: '0f3c5a7790aa1b2c',
        },
      ],
      issuer: { name: 'WeldTwin on this device', keyId },
      issuedAt: '2026-11-24T09:30:00.000Z',
    };
    const sig = await subtle.sign(
      'Ed25519',
      kp.privateKey,
      Buffer.from(credentialSigningText(credential), 'utf8'),
    );
    const appDoc = {
      credential,
      signature: { alg: 'Ed25519', keyId, publicKey: raw, value: Buffer.from(sig).toString('base64url') },
    };
    const r = await run(['credential', 'verify', write('app.json', appDoc), `--public-key=${raw}`]);
    expect(r.code, r.err).toBe(0);
    // The server's side: node:crypto signs, Web Crypto verifies the same bytes.
    const signer = signerFromPem(readFileSync(keyFile, 'utf8'));
    const doc = issueCredential(
      signer,
      definition,
      holder,
      [{ ...evidence[0]!, verifiedAt: 0 }],
      new Date(),
      'Server',
    );
    const key = await subtle.importKey(
      'raw',
      Buffer.from(doc.signature.publicKey, 'base64url'),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const ok = await subtle.verify(
      'Ed25519',
      key,
      Buffer.from(doc.signature.value, 'base64url'),
      Buffer.from(credentialSigningText(doc.credential), 'utf8'),
    );
    expect(ok).toBe(true);
  });
});
