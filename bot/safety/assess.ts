import type { DangerDetector } from './immediate-danger.ts';
import { findPersonalData, type PersonalDataKind } from './personal-data.ts';

export interface SafetyAssessment {
  immediateDanger: boolean;
  personalData: boolean;
  personalDataKinds: PersonalDataKind[];
}

/** `danger` is the partnership's loaded detector (knowledge/immediate-danger.yml), compiled once at load. */
export function assessSafety(text: string, danger: DangerDetector): SafetyAssessment {
  const kinds = findPersonalData(text);
  return { immediateDanger: danger.assess(text).immediateDanger, personalData: kinds.length > 0, personalDataKinds: kinds };
}
