import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  deviceKey,
  signCredential,
  verifyCredential,
  type DeviceKey,
  type KeyVault,
} from '../../../src/app/progress/credential-signing.ts';
import { credentialDefinitionSchema, type AttemptSummary } from '../../../src/scenario/progress/index.ts';
import { checkCredential, issueCredential } from '../../../src/server/credentials/document.ts';
import { generateSigningKeyPem, signerFromPem } from '../../../src/server/credentials/signing.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

class MemoryVault implements KeyVault {
  key: DeviceKey | undefined;
  saves = 0;
  async load() {
    return this.key;
  }
  async save(k: DeviceKey) {
    this.saves++;
    this.key = k;
  }
}

const definition = credentialDefinitionSchema.parse({
  id: 'cobot-welding-operator-basic',
  name: { en: 'Cobot welding operator — basic', 'zh-CN': '协作机器人焊接操作员（基础）' },
  points: 10,
  requirements: [{ scenarioId: 'cobot-commands-fillet', minGrade: 'C' }],
});

const evidence: AttemptSummary = {
  attemptId: '6f1c2a4e-0000-4000-8000-000000000001',
  scenarioId: 'cobot-commands-fillet',
  version: '1.0.0',
  skillLayer: 'commands',
  robotFamily: 'cobot',
  level: 1,
  finishedAtMs: 1_780_000_000_000,
  score: 84.5,
  grade: 'B',
  passed: true,
  durationS: 312.4,
  components: [],
  hash: '0f3c5e7a9b1d2f46',
};

async function award(vault = new MemoryVault()) {
  const key = await deviceKey(vault);
  const doc = await signCredential(key, {
    definition,
    holder: { traineeId: 't-1', name: '李伟' },
    evidence: [evidence],
    issuedAt: '2026-11-24T09:30:00.000Z',
    id: 'urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  });
  return { key, doc, vault };
}

describe('credentials signed in the browser (Web Crypto Ed25519)', () => {
  it('makes one device key and keeps it', async () => {
    const vault = new MemoryVault();
    const a = await deviceKey(vault);
    const b = await deviceKey(vault);
    expect(b).toBe(a);
    expect(vault.saves).toBe(1);
    expect(a.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(a.keyPair.privateKey.extractable).toBe(false);
  });

  it('verify in the app, and on the server side with node:crypto (same bytes, same key format)', async () => {
    const { doc, key } = await award();
    expect(doc.signature.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await verifyCredential(doc)).toEqual({ valid: true, keyId: key.keyId, pinned: false });
    expect(await verifyCredential(doc, key.publicKey)).toEqual({
      valid: true,
      keyId: key.keyId,
      pinned: true,
    });
    expect(checkCredential(doc)).toMatchObject({ valid: true, keyId: key.keyId });
    expect(checkCredential(doc, key.publicKey)).toMatchObject({ valid: true, pinned: true });
  });

  it('a raised score or grade no longer verifies, anywhere', async () => {
    const { doc } = await award();
    const forged = structuredClone(doc);
    forged.credential.evidence[0]!.grade = 'A';
    expect(await verifyCredential(forged)).toEqual({
      valid: false,
      reason: expect.stringMatching(/altered after signing/),
    });
    expect(checkCredential(forged)).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/altered after signing/),
    });
  });

  it('a document re-signed with another key fails when the issuer key is pinned', async () => {
    const { key } = await award();
    const other = await award();
    expect(await verifyCredential(other.doc, key.publicKey)).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/not by the trusted issuer/),
    });
  });

  it('the app verifies what the competition server signs', async () => {
    const signer = signerFromPem(generateSigningKeyPem());
    const doc = issueCredential(
      signer,
      definition,
      { stationId: 3, name: 'Station 3', eventId: 1, eventName: 'Provincial skills 2026' },
      [
        {
          attemptId: 17,
          scenarioId: 'cobot-commands-fillet',
          scenarioVersion: '1.0.0',
          score: 88,
          grade: 'B',
          hash: 'abcd',
          verifiedAt: 0,
        },
      ],
      new Date('2026-11-24T10:00:00Z'),
      'Provincial skills 2026',
    );
    expect(await verifyCredential(doc, signer.publicKey)).toEqual({
      valid: true,
      keyId: signer.keyId,
      pinned: true,
    });
  });

  it('`weldtwin credential verify` accepts an app-signed document and rejects a tampered one', async () => {
    const { doc, key } = await award();
    const dir = mkdtempSync(join(tmpdir(), 'wt-cred-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(doc));
    const tampered = structuredClone(doc);
    tampered.credential.holder.name = 'Someone else';
    writeFileSync(bad, JSON.stringify(tampered));
    const ok = spawnSync(
      process.execPath,
      ['bin/weldtwin.mjs', 'credential', 'verify', good, `--public-key=${key.publicKey}`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)[0]).toMatchObject({ valid: true, pinned: true, keyId: key.keyId });
    const no = spawnSync(process.execPath, ['bin/weldtwin.mjs', 'credential', 'verify', bad], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(no.status).toBe(1);
    expect(no.stderr).toMatch(/altered after signing/);
  });
});
