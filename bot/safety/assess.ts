import type { DangerDetector } from './immediate-danger.ts';
import { findPersonalData, type PersonalDataKind } from './personal-data.ts';

export interface SafetyAssessment {
  immediateDanger: boolean;
  /** The danger is said to be happening right now, or is an emergency on its own (DangerFinding.acute). */
  immediateDangerAcute?: boolean;
  /** The danger is still going on by its nature (DangerFinding.ongoing): someone at the door, a child being taken. */
  immediateDangerOngoing?: boolean;
  /** The kinds of danger recognised: the situations' ids and their categories ("child-grabbed", "taken"...;
   *  DangerFinding). */
  dangerKinds?: string[];
  personalData: boolean;
  personalDataKinds: PersonalDataKind[];
}

/** `danger` is the partnership's loaded detector (knowledge/immediate-danger.yml), compiled once at load. */
export function assessSafety(text: string, danger: DangerDetector): SafetyAssessment {
  const kinds = findPersonalData(text);
  const finding = danger.assess(text);
  return { immediateDanger: finding.immediateDanger, immediateDangerAcute: finding.acute, immediateDangerOngoing: finding.ongoing, dangerKinds: [...finding.situations, ...finding.categories], personalData: kinds.length > 0, personalDataKinds: kinds };
}
