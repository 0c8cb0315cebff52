// Public face of src/app/progress: the progress screen, credential signing, xAPI export, the local trainee.
import './i18n.ts';

export { ProgressScreen, type ProgressScreenProps } from './progress-screen.tsx';
export { ScoreChart, type ScoreChartPoint } from './score-chart.tsx';
export { useProgress, countedSummaries, type ProgressData } from './use-progress.ts';
export { CREDENTIAL_DEFINITIONS } from './credential-definitions.ts';
export {
  deviceKey,
  signCredential,
  verifyCredential,
  ed25519Supported,
  DEVICE_ISSUER_NAME,
  type DeviceKey,
  type KeyVault,
} from './credential-signing.ts';
export { credentialShelf, DexieShelf, MemoryShelf, type CredentialShelf } from './credential-vault.ts';
export {
  statementsFor,
  sendStatements,
  loadLrsConfig,
  saveLrsConfig,
  type LrsConfig,
} from './xapi-export.ts';
export { useTrainee, currentTrainee, setTraineeName, type Trainee } from './trainee.ts';
export { progressResources } from './i18n.ts';
