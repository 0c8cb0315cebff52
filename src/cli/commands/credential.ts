// `weldtwin credential verify | keygen | issue`: check signed micro-credentials offline (docs/credentials.md),
// and let an organiser make an issuer key and sign credentials without the server.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command, CommandIO } from '../command.ts';
import { InputError, describe, parseArgs, readBatch } from '../input.ts';
import {
  credentialDefinitionSchema,
  meets,
  type CredentialDefinition,
} from '../../server/credentials/definition.ts';
import {
  checkCredential,
  issueCredential,
  structuralProblems,
  type SignedCredentialDocument,
} from '../../server/credentials/document.ts';
import { generateSigningKeyPem, publicKeyFromText, signerFromPem } from '../../server/credentials/signing.ts';

const HELP = `weldtwin credential — signed micro-credentials (Ed25519), checked offline

usage:
  weldtwin credential verify <file>... [--public-key=<file|key>]
      Checks each signed credential document. Exit 0 when all are valid, 1 when any is not (the reason on
      stderr), 2 for bad input (missing file, not JSON, not a credential document, unreadable key).
      Without --public-key the signature is checked against the key embedded in the document (integrity);
      with it, the document must also be signed by that issuer (origin). The key may be raw base64url, a PEM
      SPKI block or an Ed25519 JWK, in a file or given directly.
      stdout: [{"file","valid","keyId","pinned","credentialId","holder","definition","reason"}]

  weldtwin credential keygen --out=<issuer-key.pem>
      Writes a new Ed25519 private key (PKCS#8 PEM, mode 600; never overwrites) and prints
      {"keyId","publicKey","publicKeyPem"}. Give the server the same file with WELDTWIN_CREDENTIAL_KEY_FILE.

  weldtwin credential issue --key=<issuer-key.pem> [--issuer=<name>]
      stdin: [{"definition": {...}, "holder": {"stationId","name","eventId","eventName"},
               "evidence": [{"attemptId","scenarioId","scenarioVersion","score","grade","hash"}]}]
      stdout: the signed documents, same order. The definition must satisfy the requirements with the evidence.
`;

function readKeyArg(value: string): string {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  try {
    return publicKeyFromText(text);
  } catch (e) {
    throw new InputError([`--public-key: ${(e as Error).message}`]);
  }
}

function verify(args: string[], io: CommandIO): number {
  const { values, positionals } = parseArgs(args, ['public-key']);
  if (positionals.length === 0) throw new InputError(['verify: give at least one credential file']);
  const pinned = values.has('public-key') ? readKeyArg(values.get('public-key')!) : undefined;
  const docs: { file: string; doc: SignedCredentialDocument }[] = [];
  const problems: string[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      problems.push(`${file}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const p = structuralProblems(doc);
    if (p.length) problems.push(...p.map((x) => `${file}: ${x}`));
    else docs.push({ file, doc: doc as SignedCredentialDocument });
  }
  if (problems.length) throw new InputError(problems);
  let allValid = true;
  const out = docs.map(({ file, doc }) => {
    const r = checkCredential(doc, pinned);
    if (!r.valid) {
      allValid = false;
      io.err(`${file}: invalid: ${r.reason}\n`);
      return { file, valid: false, reason: r.reason };
    }
    return {
      file,
      valid: true,
      keyId: r.keyId,
      pinned: r.pinned,
      credentialId: r.credential.id,
      holder: r.credential.holder,
      definition: r.credential.definition.id,
    };
  });
  io.out(JSON.stringify(out) + '\n');
  return allValid ? 0 : 1;
}

function keygen(args: string[], io: CommandIO): number {
  const { values, positionals } = parseArgs(args, ['out']);
  if (positionals.length)
    throw new InputError([`keygen: unexpected argument ${JSON.stringify(positionals[0])}`]);
  const out = values.get('out');
  if (!out) throw new InputError(['keygen: --out=<file> is required (where to write the private key)']);
  if (existsSync(out))
    throw new InputError([`--out: ${out} already exists; refusing to overwrite an issuer key`]);
  const pem = generateSigningKeyPem();
  writeFileSync(out, pem, { mode: 0o600, flag: 'wx' });
  const s = signerFromPem(pem);
  io.out(JSON.stringify({ keyId: s.keyId, publicKey: s.publicKey, publicKeyPem: s.publicKeyPem }) + '\n');
  return 0;
}

function issue(args: string[], io: CommandIO): number {
  const { values, positionals } = parseArgs(args, ['key', 'issuer']);
  if (positionals.length)
    throw new InputError([`issue: unexpected argument ${JSON.stringify(positionals[0])}`]);
  const keyFile = values.get('key');
  if (!keyFile) throw new InputError(['issue: --key=<issuer-key.pem> is required']);
  let signer;
  try {
    signer = signerFromPem(readFileSync(keyFile, 'utf8'));
  } catch (e) {
    throw new InputError([`--key: ${(e as Error).message}`]);
  }
  const items = readBatch(io.stdin());
  const problems: string[] = [];
  const jobs: {
    def: CredentialDefinition;
    holder: { stationId: number; name: string; eventId: number; eventName: string };
    evidence: {
      attemptId: number;
      scenarioId: string;
      scenarioVersion: number | string;
      score: number;
      grade: string;
      hash: string;
      verifiedAt: number;
    }[];
  }[] = [];
  items.forEach((raw, i) => {
    const o = raw as Record<string, unknown> | null;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      problems.push(`[${i}]: expected an object {definition, holder, evidence}, got ${describe(raw)}`);
      return;
    }
    const d = credentialDefinitionSchema.safeParse(o.definition);
    if (!d.success) {
      for (const issue of d.error.issues)
        problems.push(`[${i}].definition.${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    const h = o.holder as Record<string, unknown> | undefined;
    if (
      !h ||
      typeof h.name !== 'string' ||
      typeof h.stationId !== 'number' ||
      typeof h.eventId !== 'number' ||
      typeof h.eventName !== 'string'
    ) {
      problems.push(
        `[${i}].holder: expected {stationId: number, name: string, eventId: number, eventName: string}`,
      );
      return;
    }
    if (!Array.isArray(o.evidence) || o.evidence.length !== d.data.requirements.length) {
      problems.push(`[${i}].evidence: expected ${d.data.requirements.length} attempts, one per requirement`);
      return;
    }
    const evidence = [];
    for (const [j, e] of (o.evidence as Record<string, unknown>[]).entries()) {
      if (
        typeof e?.scenarioId !== 'string' ||
        typeof e.score !== 'number' ||
        typeof e.grade !== 'string' ||
        typeof e.hash !== 'string' ||
        typeof e.attemptId !== 'number'
      ) {
        problems.push(
          `[${i}].evidence[${j}]: expected {attemptId: number, scenarioId, scenarioVersion, score, grade, hash}`,
        );
        return;
      }
      const item = {
        attemptId: e.attemptId,
        scenarioId: e.scenarioId,
        scenarioVersion: (e.scenarioVersion as number | string | undefined) ?? 1,
        score: e.score,
        grade: e.grade,
        hash: e.hash,
        verifiedAt: 0,
      };
      const req = d.data.requirements[j]!;
      if (!meets(d.data, req, item)) {
        problems.push(
          `[${i}].evidence[${j}]: ${item.scenarioId} with grade ${item.grade} and score ${item.score} does not meet requirement ` +
            JSON.stringify(req),
        );
        return;
      }
      evidence.push(item);
    }
    jobs.push({
      def: d.data,
      holder: { stationId: h.stationId, name: h.name, eventId: h.eventId, eventName: h.eventName },
      evidence,
    });
  });
  if (problems.length) throw new InputError(problems);
  const now = new Date();
  const docs = jobs.map((j) =>
    issueCredential(signer, j.def, j.holder, j.evidence, now, values.get('issuer') ?? 'WeldTwin organiser'),
  );
  io.out(JSON.stringify(docs) + '\n');
  return 0;
}

export const credentialCommand: Command = {
  name: 'credential',
  summary: 'verify signed micro-credentials offline; make an issuer key; sign credentials',
  help: HELP,
  run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'verify') return verify(rest, io);
    if (sub === 'keygen') return keygen(rest, io);
    if (sub === 'issue') return issue(rest, io);
    throw new InputError([
      `credential: expected a subcommand verify, keygen or issue, got ${JSON.stringify(sub ?? '')}`,
    ]);
  },
};
