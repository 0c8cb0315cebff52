// Micro-credentials: progress towards each, the credit bank, and signing an earned one on this device.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  credentialText,
  type CatalogueEntry,
  type CredentialReport,
  type CredentialStatus,
  type SignedCredentialDocument,
} from '../../scenario/progress/index.ts';
import { downloadJson } from '../attempts/download.ts';
import { deviceKey, ed25519Supported, signCredential } from './credential-signing.ts';
import type { CredentialShelf } from './credential-vault.ts';
import { formatScore } from './format.ts';
import type { Trainee } from './trainee.ts';

export interface CredentialsPanelProps {
  report: CredentialReport;
  catalogue: readonly CatalogueEntry[];
  trainee: Trainee;
  shelf: CredentialShelf;
}

type SignState = { kind: 'idle' } | { kind: 'signed'; keyId: string } | { kind: 'failed'; reason: string };

export function CredentialsPanel({ report, catalogue, trainee, shelf }: CredentialsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [signed, setSigned] = useState<SignedCredentialDocument[]>([]);
  const [state, setState] = useState<Record<string, SignState>>({});
  useEffect(() => {
    let live = true;
    void shelf.list(trainee.id).then((docs) => live && setSigned(docs));
    return () => {
      live = false;
    };
  }, [shelf, trainee.id]);
  const titleOf = (id: string) => {
    const e = catalogue.find((c) => c.id === id);
    return e ? (lang === 'zh-CN' ? e.title['zh-CN'] : e.title.en) : id;
  };
  const sign = async (c: CredentialStatus) => {
    const id = c.definition.id;
    try {
      const key = await deviceKey(shelf);
      const doc = await signCredential(key, {
        definition: c.definition,
        holder: { traineeId: trainee.id, name: trainee.name || trainee.id },
        evidence: c.evidence,
        issuedAt: new Date().toISOString(),
        id: `urn:uuid:${crypto.randomUUID()}`,
      });
      await shelf.keep(trainee.id, doc).catch(() => undefined);
      setSigned((s) => [...s, doc]);
      downloadJson(`${id}.credential.json`, doc);
      setState((s) => ({ ...s, [id]: { kind: 'signed', keyId: key.keyId } }));
    } catch (e) {
      setState((s) => ({
        ...s,
        [id]: { kind: 'failed', reason: e instanceof Error ? e.message : String(e) },
      }));
    }
  };
  const canSign = ed25519Supported();
  return (
    <section
      className="wt-credentials"
      aria-labelledby="wt-credentials-title"
      data-testid="credentials-panel"
    >
      <h3 id="wt-credentials-title">{t('progress.credentials.title')}</h3>
      <p data-testid="credit-bank">{t('progress.credentials.creditBank', { credits: report.creditBank })}</p>
      <ul>
        {report.credentials.map((c) => {
          const id = c.definition.id;
          const met = c.requirements.filter((r) => r.met).length;
          const s = state[id] ?? { kind: 'idle' };
          const already = signed.find((d) => d.credential.definition.id === id);
          return (
            <li key={id} data-testid={`credential-${id}`} data-earned={c.earned}>
              <strong>{credentialText(c.definition.name, lang)}</strong>{' '}
              <span className="wt-muted">
                {t('progress.credentials.points', { points: c.definition.points })}
              </span>
              <p>
                {c.earned
                  ? t('progress.credentials.earned')
                  : t('progress.credentials.inProgress', { met, total: c.requirements.length })}
              </p>
              <ul>
                {c.requirements.map((r, i) => (
                  <li key={i} className={r.met ? 'wt-on' : undefined}>
                    {r.requirement.minGrade !== undefined
                      ? t('progress.credentials.requirement', {
                          scenario: titleOf(r.requirement.scenarioId),
                          grade: r.requirement.minGrade,
                        })
                      : t('progress.credentials.requirementScore', {
                          scenario: titleOf(r.requirement.scenarioId),
                          score: r.requirement.minScore,
                        })}
                    {' — '}
                    <span className="wt-muted">
                      {r.best
                        ? t('progress.credentials.best', {
                            score: formatScore(r.best.score, lang),
                            grade: r.best.grade,
                          })
                        : t('progress.credentials.notTried')}
                    </span>
                  </li>
                ))}
              </ul>
              {c.earned && canSign ? (
                <button type="button" className="wt-button" onClick={() => void sign(c)}>
                  {t('progress.credentials.sign')}
                </button>
              ) : null}
              {c.earned && !canSign ? (
                <p className="wt-muted">{t('progress.credentials.unsupported')}</p>
              ) : null}
              {s.kind === 'signed' || (s.kind === 'idle' && already) ? (
                <p className="wt-muted">
                  {t('progress.credentials.signed', {
                    keyId: s.kind === 'signed' ? s.keyId : already!.signature.keyId,
                  })}
                </p>
              ) : null}
              {s.kind === 'failed' ? (
                <p role="alert" className="wt-danger">
                  {t('progress.credentials.signFailed', { reason: s.reason })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
