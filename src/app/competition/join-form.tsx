// Joining an event: the competition server's address (this app's own origin when the server serves it, else the
// last one used) and the one-time join code, both checked before anything is sent. A refusal is shown with what to
// do; what was typed stays.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkJoinCode, checkServerAddress } from './address.ts';
import { describeError, type Message } from './messages.ts';
import { lastServer } from './session.ts';
import { joinEvent, ownOriginServer } from './station-store.ts';

const ADDRESS_PROBLEM = {
  empty: 'serverEmpty',
  'not-url': 'serverNotUrl',
  scheme: 'serverScheme',
  extra: 'serverExtra',
} as const;

const CODE_PROBLEM = { empty: 'codeEmpty', length: 'codeLength', characters: 'codeCharacters' } as const;

export function JoinForm() {
  const { t } = useTranslation();
  const [server, setServer] = useState(lastServer);
  const [code, setCode] = useState('');
  const [own, setOwn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field: 'server' | 'code' | null; message: Message } | null>(null);
  const typedServer = useRef(false);
  const serverRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void ownOriginServer().then((origin) => {
      if (!live || !origin || typedServer.current) return;
      setServer(origin);
      setOwn(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const fail = (field: 'server' | 'code' | null, message: Message) => {
    setProblem({ field, message });
    (field === 'code' ? codeRef : serverRef).current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const address = checkServerAddress(server);
    if (!address.ok) {
      const key =
        address.problem === 'not-url' && address.suggestion
          ? 'serverSuggest'
          : ADDRESS_PROBLEM[address.problem];
      return fail('server', {
        key: `competition.invalid.${key}`,
        values: { typed: server.trim(), suggestion: address.suggestion ?? '' },
      });
    }
    const joinCode = checkJoinCode(code);
    if (!joinCode.ok) {
      return fail('code', {
        key: `competition.invalid.${CODE_PROBLEM[joinCode.problem]}`,
        values: { count: String(joinCode.count), bad: joinCode.bad },
      });
    }
    setBusy(true);
    setProblem(null);
    try {
      await joinEvent(address.server, joinCode.code);
    } catch (err) {
      const m = describeError(err, address.server);
      const codeProblem = /join-code/.test(m.key);
      fail(codeProblem ? 'code' : 'server', m);
    } finally {
      setBusy(false);
    }
  };

  const errorId = 'wt-join-error';
  return (
    <form className="wt-competition-join" data-testid="join-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('competition.join.title')}</h2>
      <p className="wt-muted">{t('competition.join.intro')}</p>
      <label className="wt-competition-field">
        <span>{t('competition.join.server')}</span>
        <input
          ref={serverRef}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          data-testid="join-server"
          value={server}
          placeholder="http://192.168.1.10:8787"
          aria-invalid={problem?.field === 'server'}
          aria-describedby={problem?.field === 'server' ? errorId : 'wt-join-server-hint'}
          onChange={(e) => {
            typedServer.current = true;
            setOwn(false);
            setServer(e.target.value);
          }}
        />
        <small id="wt-join-server-hint" className="wt-muted">
          {own ? t('competition.join.ownServer') : t('competition.join.serverHint')}
        </small>
      </label>
      <label className="wt-competition-field">
        <span>{t('competition.join.code')}</span>
        <input
          ref={codeRef}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="wt-competition-code"
          data-testid="join-code"
          value={code}
          placeholder="XXXX-XXXX-XXXX-XXXX"
          maxLength={40}
          autoFocus
          aria-invalid={problem?.field === 'code'}
          aria-describedby={problem?.field === 'code' ? errorId : 'wt-join-code-hint'}
          onChange={(e) => setCode(e.target.value)}
        />
        <small id="wt-join-code-hint" className="wt-muted">
          {t('competition.join.codeHint')}
        </small>
      </label>
      {problem && (
        <p id={errorId} className="wt-notice" role="alert" data-testid="join-error">
          {t(problem.message.key, problem.message.values)}
        </p>
      )}
      <div className="wt-row">
        <button type="submit" className="wt-button" data-testid="join-submit" disabled={busy}>
          {busy ? t('competition.join.joining') : t('competition.join.submit')}
        </button>
      </div>
    </form>
  );
}
