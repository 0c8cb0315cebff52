// Public face of src/scenario/progress: attempts as files, resume after a reload, skill profiles, what to
// practise next, micro-credentials and xAPI statements. Pure: the app and the CLI supply clocks, storage, crypto.
export {
  ATTEMPT_STATUSES,
  ATTEMPT_INTENT_TYPES,
  attemptFileSchema,
  attemptMetaSchema,
  parseAttemptFile,
  replayableAttempt,
  type AttemptFile,
  type AttemptMeta,
  type AttemptParse,
  type AttemptStatus,
} from './attempt.ts';
export { resumeRun, ResumeError, type SavedProgress } from './resume.ts';
export {
  catalogueEntry,
  summariseAttempt,
  ROBOT_FAMILIES,
  SKILL_LAYERS,
  type AttemptSummary,
  type CatalogueEntry,
  type ComponentScore,
  type RobotFamily,
  type SkillLayer,
} from './summary.ts';
export {
  skillProfile,
  trendOf,
  weakestComponents,
  RECENT_ATTEMPTS,
  type ScorePoint,
  type SkillCell,
  type SkillProfile,
  type Trend,
  type TrendDirection,
  type WeakPoint,
} from './profile.ts';
export { suggestScenario, MASTERED_SCORE, type PracticeSuggestion } from './practice.ts';
export {
  credentialDefinitionSchema,
  credentialText,
  parseCredentialDefinition,
  DEFAULT_GRADE_ORDER,
  type CredentialDefinition,
  type CredentialRequirement,
  type CredentialText,
} from './credential-definition.ts';
export {
  evaluateCredential,
  evaluateCredentials,
  gradeAtLeast,
  meetsRequirement,
  type CredentialReport,
  type CredentialStatus,
  type RequirementStatus,
} from './credentials.ts';
export {
  buildCredential,
  credentialDocumentProblems,
  credentialSigningText,
  fromBase64Url,
  keyIdFromDigest,
  toBase64Url,
  CREDENTIAL_TYPE,
  type CompetitionHolder,
  type CredentialEvidence,
  type CredentialPayload,
  type CredentialSignature,
  type SignedCredentialDocument,
  type TraineeHolder,
} from './credential-document.ts';
export {
  attemptStatement,
  isoDuration,
  statementIdSource,
  statementProblems,
  uuidFromDigest,
  XAPI_VERSION,
  type StatementInput,
  type XapiStatement,
} from './xapi.ts';
