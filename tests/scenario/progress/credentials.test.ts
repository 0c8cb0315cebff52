import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  buildCredential,
  credentialDefinitionSchema,
  credentialDocumentProblems,
  credentialSigningText,
  evaluateCredential,
  evaluateCredentials,
  fromBase64Url,
  gradeAtLeast,
  parseCredentialDefinition,
  toBase64Url,
  type AttemptSummary,
  type CredentialDefinition,
} from '../../../src/scenario/progress/index.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const basic: CredentialDefinition = credentialDefinitionSchema.parse({
  id: 'cobot-welding-operator-basic',
  name: { en: 'Cobot welding operator — basic', 'zh-CN': '协作机器人焊接操作员（基础）' },
  points: 10,
  requirements: [
    { scenarioId: 'cobot-commands-fillet', minGrade: 'C' },
    { scenarioId: 'cobot-dialogue-vertical', minGrade: 'C' },
  ],
});

let n = 0;
function attempt(
  scenarioId: string,
  score: number,
  grade: string,
  version: string | number = '1.0.0',
): AttemptSummary {
  n++;
  return {
    attemptId: `a${n}`,
    scenarioId,
    version,
    skillLayer: 'commands',
    robotFamily: 'cobot',
    level: 1,
    finishedAtMs: 1_700_000_000_000 + n,
    score,
    grade,
    passed: score >= 60,
    durationS: 100,
    components: [],
    hash: `h${n}`,
  };
}

describe('grades', () => {
  it('orders A best and F worst; an unknown grade never meets a minimum', () => {
    expect(gradeAtLeast('B', 'C')).toBe(true);
    expect(gradeAtLeast('C', 'C')).toBe(true);
    expect(gradeAtLeast('D', 'C')).toBe(false);
    expect(gradeAtLeast('E', 'C')).toBe(false);
    expect(gradeAtLeast('Merit', 'Pass', ['Distinction', 'Merit', 'Pass', 'Fail'])).toBe(true);
  });
});

describe('earning micro-credentials', () => {
  it('"Cobot welding operator — basic" needs both cobot scenarios at grade C or better', () => {
    const onlyOne = evaluateCredential(basic, [attempt('cobot-commands-fillet', 82, 'B')]);
    expect(onlyOne.earned).toBe(false);
    expect(onlyOne.requirements.map((r) => r.met)).toEqual([true, false]);
    expect(onlyOne.evidence).toEqual([]);

    const both = evaluateCredential(basic, [
      attempt('cobot-commands-fillet', 82, 'B'),
      attempt('cobot-dialogue-vertical', 64, 'D'),
      attempt('cobot-dialogue-vertical', 71, 'C'),
    ]);
    expect(both.earned).toBe(true);
    expect(both.evidence.map((e) => [e.scenarioId, e.score])).toEqual([
      ['cobot-commands-fillet', 82],
      ['cobot-dialogue-vertical', 71],
    ]);
  });

  it('shows the best attempt so far on a requirement not yet met', () => {
    const s = evaluateCredential(basic, [
      attempt('cobot-dialogue-vertical', 55, 'F'),
      attempt('cobot-dialogue-vertical', 64, 'D'),
    ]);
    expect(s.requirements[1]).toMatchObject({ met: false, best: { score: 64 } });
    expect(s.requirements[0]).toMatchObject({ met: false, best: null });
  });

  it('takes the best attempt as evidence, the earlier one on a tie', () => {
    const first = attempt('cobot-commands-fillet', 90, 'A');
    const s = evaluateCredential(basic, [
      attempt('cobot-commands-fillet', 75, 'C'),
      first,
      attempt('cobot-commands-fillet', 90, 'A'),
      attempt('cobot-dialogue-vertical', 80, 'B'),
    ]);
    expect(s.evidence[0]).toBe(first);
  });

  it('honours a pinned scenario version and a minimum score', () => {
    const def = credentialDefinitionSchema.parse({
      id: 'strict',
      name: 'Strict',
      points: 5,
      requirements: [{ scenarioId: 'cobot-commands-fillet', version: '2.0.0', minScore: 85 }],
    });
    expect(evaluateCredential(def, [attempt('cobot-commands-fillet', 95, 'A', '1.0.0')]).earned).toBe(false);
    expect(evaluateCredential(def, [attempt('cobot-commands-fillet', 84, 'B', '2.0.0')]).earned).toBe(false);
    expect(evaluateCredential(def, [attempt('cobot-commands-fillet', 85, 'B', '2.0.0')]).earned).toBe(true);
  });

  it('adds the points of earned credentials to the credit bank', () => {
    const other = credentialDefinitionSchema.parse({
      id: 'other',
      name: 'Other',
      points: 7,
      requirements: [{ scenarioId: 'x-y', minGrade: 'A' }],
    });
    const r = evaluateCredentials(
      [basic, other],
      [attempt('cobot-commands-fillet', 80, 'B'), attempt('cobot-dialogue-vertical', 80, 'B')],
    );
    expect(r.creditBank).toBe(10);
  });
});

describe('credential definitions', () => {
  it('refuses a requirement with neither grade nor score, and a grade outside the bands', () => {
    const r = parseCredentialDefinition(
      {
        id: 'x',
        name: 'X',
        points: 1,
        requirements: [{ scenarioId: 'a' }, { scenarioId: 'b', minGrade: 'Z' }],
      },
      'credentials/x.json',
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toEqual([
      'credentials/x.json: requirements[0]: give minGrade, minScore or both',
      'credentials/x.json: requirements: every minGrade must be one of the grades (default A, B, C, D, F)',
    ]);
  });

  it('every shipped definition in credentials/ is valid, has a unique id and names shipped scenarios', () => {
    const scenarioIds = new Set(
      readdirSync(join(ROOT, 'scenarios'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => (parseYaml(readFileSync(join(ROOT, 'scenarios', f), 'utf8')) as { id: string }).id),
    );
    const files = readdirSync(join(ROOT, 'credentials')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const f of files) {
      const r = parseCredentialDefinition(
        JSON.parse(readFileSync(join(ROOT, 'credentials', f), 'utf8')),
        `credentials/${f}`,
      );
      expect(r.ok ? [] : r.problems).toEqual([]);
      if (!r.ok) continue;
      expect(f, 'file named after the id').toBe(`${r.definition.id}.json`);
      expect(ids.has(r.definition.id)).toBe(false);
      ids.add(r.definition.id);
      for (const req of r.definition.requirements)
        expect(scenarioIds, `${f}: ${req.scenarioId}`).toContain(req.scenarioId);
    }
  });
});

describe('the signed document', () => {
  const doc = buildCredential({
    id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
    definition: basic,
    holder: { traineeId: 't1', name: 'Li Wei' },
    evidence: [attempt('cobot-commands-fillet', 82, 'B')],
    issuer: { name: 'WeldTwin on this device', keyId: '0123456789abcdef' },
    issuedAt: '2026-11-24T09:30:00.000Z',
  });

  it('signs canonical JSON: sorted keys, no spaces, so any issuer signs the same bytes', () => {
    const text = credentialSigningText(doc);
    expect(text.startsWith('{"definition":{"id":"cobot-welding-operator-basic","name":{"en":')).toBe(true);
    expect(text).not.toMatch(/\s"|": /);
    expect(JSON.parse(text)).toEqual(doc);
  });

  it('refuses evidence without a replay hash', () => {
    const { hash: _hash, ...noHash } = attempt('cobot-commands-fillet', 82, 'B');
    expect(() =>
      buildCredential({
        id: 'urn:uuid:x',
        definition: basic,
        holder: { traineeId: 't', name: 'n' },
        evidence: [noHash],
        issuer: { name: 'i', keyId: 'k' },
        issuedAt: '2026-01-01T00:00:00Z',
      }),
    ).toThrow(/no replay hash/);
  });

  it('names what is structurally wrong with a document', () => {
    expect(
      credentialDocumentProblems({ credential: { type: 'Other' }, signature: { alg: 'RS256', keyId: 1 } }),
    ).toEqual([
      'credential.type: expected "WeldTwinMicroCredential", got "Other"',
      'signature.alg: expected "Ed25519", got "RS256"',
      'signature.keyId: expected a string',
      'signature.publicKey: expected a string',
      'signature.value: expected a string',
    ]);
  });

  it('base64url round-trips every length and matches Node', () => {
    for (let len = 0; len < 70; len++) {
      const b = Uint8Array.from({ length: len }, (_, i) => (i * 37 + len) & 255);
      const s = toBase64Url(b);
      expect(s).toBe(Buffer.from(b).toString('base64url'));
      expect(Array.from(fromBase64Url(s)!)).toEqual(Array.from(b));
    }
    expect(fromBase64Url('ab+c')).toBeUndefined();
  });
});
