/**
 * The strength verdict of a passphrase being typed. The estimator and its word lists are large:
 * loaded on first use, in a chunk of their own, so the app starts without them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PassphraseVerdict } from '../../../shared/security/passphrase-strength';

type Judge = (passphrase: string, personal: readonly string[]) => PassphraseVerdict;

let loading: Promise<Judge> | null = null;

function loadJudge(): Promise<Judge> {
  loading ??= import('../../../shared/security/passphrase-strength').then(
    (module) => module.judgePassphrase,
  );
  return loading;
}

/** The verdict, or null while the estimator loads. */
export function usePassphraseVerdict(
  passphrase: string,
  personal: readonly string[],
): PassphraseVerdict | null {
  const [judge, setJudge] = useState<Judge | null>(null);
  useEffect(() => {
    let live = true;
    void loadJudge().then((loaded) => {
      if (live) setJudge(() => loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  const words = personal.join('\n');
  return useMemo(
    () => (judge === null || passphrase === '' ? null : judge(passphrase, words.split('\n'))),
    [judge, passphrase, words],
  );
}
