// Every rule the safety monitor can decide by: the id recorded in events and outputs, the rule in words
// (for coaching), and how serious breaking it is. Static strings: recording an event allocates nothing extra.

export type SafetyRule =
  | 'emergency-stop'
  | 'door-interlock'
  | 'light-curtain'
  | 'light-curtain-distance'
  | 'safety-plane'
  | 'keep-out-zone'
  | 'tool-orientation'
  | 'tcp-speed-limit'
  | 'reduced-speed-limit'
  | 'manual-reduced-speed'
  | 'reduced-mode-plane'
  | 'enabling-device-released'
  | 'enabling-device-panic'
  | 'enabling-device-not-rearmed'
  | 'ssm-protective-separation'
  | 'ssm-reduced-speed-zone'
  | 'ssm-warning-zone'
  | 'srms-person-in-workspace'
  | 'hand-guiding-enable'
  | 'hand-guiding-speed'
  | 'pfl-contact'
  | 'pfl-contact-limit'
  | 'pfl-transient-speed'
  | 'unprotected-contact'
  | 'arc-interlock'
  | 'arc-flash-exposure'
  | 'hot-part';

export type SafetySeverity = 'info' | 'warning' | 'violation' | 'critical';

export interface RuleInfo {
  /** The rule in words, with its source. */
  text: string;
  severity: SafetySeverity;
  /** Whether a period in which the rule acts is recorded as an event (false: ordinary operating states). */
  recorded: boolean;
}

export const SAFETY_RULES: Readonly<Record<SafetyRule, RuleInfo>> = {
  'emergency-stop': {
    text: 'Emergency stop: stop category 0 or 1 (IEC 60204-1), latched until the button is released, reset, and a restart is requested.',
    severity: 'critical',
    recorded: true,
  },
  'door-interlock': {
    text: 'Interlocked cell door opened in automatic mode: protective stop; close the door, reset, then restart.',
    severity: 'violation',
    recorded: true,
  },
  'light-curtain': {
    text: 'Light curtain interrupted in automatic mode: protective stop; clear the field, reset, then restart.',
    severity: 'violation',
    recorded: true,
  },
  'light-curtain-distance': {
    text: 'Light curtain mounted closer to the hazard than the ISO 13855 minimum distance S = K·T + C.',
    severity: 'violation',
    recorded: true,
  },
  'safety-plane': {
    text: 'Robot crossed a safety plane (safety-rated position limit): stop category 0, restart after moving back.',
    severity: 'violation',
    recorded: true,
  },
  'keep-out-zone': {
    text: 'Robot entered a keep-out volume: stop category 0, restart after moving out.',
    severity: 'violation',
    recorded: true,
  },
  'tool-orientation': {
    text: 'Tool tilted beyond its safety-rated orientation cone: stop category 0.',
    severity: 'violation',
    recorded: true,
  },
  'tcp-speed-limit': {
    text: 'TCP faster than the safety-rated speed limit: stop category 0 (UR: limit violation).',
    severity: 'violation',
    recorded: true,
  },
  'reduced-speed-limit': {
    text: 'TCP faster than 250 mm/s in manual reduced speed (ISO 10218-1): stop category 0.',
    severity: 'violation',
    recorded: true,
  },
  'manual-reduced-speed': {
    text: 'Manual mode (T1): TCP speed limited to 250 mm/s (ISO 10218-1).',
    severity: 'info',
    recorded: false,
  },
  'reduced-mode-plane': {
    text: 'Tool inside a trigger-reduced safety plane: reduced-mode speed limit applies.',
    severity: 'info',
    recorded: true,
  },
  'enabling-device-released': {
    text: 'Manual mode needs the 3-position enabling device held in the middle position; released = stop (IEC 60204-1 10.9).',
    severity: 'info',
    recorded: false,
  },
  'enabling-device-panic': {
    text: 'Enabling device squeezed fully (panic position): stop (IEC 60204-1 10.9, ISO 10218-1).',
    severity: 'warning',
    recorded: true,
  },
  'enabling-device-not-rearmed': {
    text: 'Enabling device went from fully pressed back to the middle: motion stays off until it is released first (IEC 60204-1 10.9).',
    severity: 'info',
    recorded: true,
  },
  'ssm-protective-separation': {
    text: 'Speed and separation monitoring: person closer than the protective separation distance S_p (ISO/TS 15066): protective stop, automatic resume once separation ≥ S_p.',
    severity: 'warning',
    recorded: true,
  },
  'ssm-reduced-speed-zone': {
    text: 'Speed and separation monitoring: person in the reduced-speed zone: robot slows down.',
    severity: 'info',
    recorded: true,
  },
  'ssm-warning-zone': {
    text: 'Speed and separation monitoring: person in the warning field.',
    severity: 'info',
    recorded: true,
  },
  'srms-person-in-workspace': {
    text: 'Safety-rated monitored stop: person in the collaborative workspace, robot holds (stop category 2) and resumes automatically when they leave.',
    severity: 'info',
    recorded: true,
  },
  'hand-guiding-enable': {
    text: 'Hand guiding needs the enabling device on the guiding handle held in the middle position.',
    severity: 'info',
    recorded: false,
  },
  'hand-guiding-speed': {
    text: 'Hand guiding: guided speed limited to the reduced speed (ISO 10218-1 / ISO/TS 15066).',
    severity: 'warning',
    recorded: true,
  },
  'pfl-contact': {
    text: 'Power and force limiting: contact within the body-region limits of ISO/TS 15066 Table A.2.',
    severity: 'info',
    recorded: true,
  },
  'pfl-contact-limit': {
    text: 'Power and force limiting: contact force or pressure above the body-region limit of ISO/TS 15066 Table A.2 (transient = 2 × quasi-static): protective stop, restart on request once the contact is released.',
    severity: 'critical',
    recorded: true,
  },
  'pfl-transient-speed': {
    text: 'Power and force limiting: near a person the speed is limited to v_max = F/√(μ·k) for the closest body region (ISO/TS 15066 Annex A).',
    severity: 'info',
    recorded: false,
  },
  'unprotected-contact': {
    text: 'Contact between a person and a robot that is not power-and-force limited: stop category 0.',
    severity: 'critical',
    recorded: true,
  },
  'arc-interlock': {
    text: 'Arc-on interlock: no arc while a person is in the arc hazard zone or a stop is active.',
    severity: 'warning',
    recorded: true,
  },
  'arc-flash-exposure': {
    text: 'Arc radiation: a person saw the burning arc without a lowered welding helmet and without a welding screen (EN ISO 25980) in between; ACGIH daily UV limit 30 J/m² effective.',
    severity: 'violation',
    recorded: true,
  },
  'hot-part': {
    text: 'Hot part: a hand reached for a part above the contact-burn threshold after welding.',
    severity: 'warning',
    recorded: true,
  },
};
