import { suggestsImmediateDanger } from './immediate-danger.ts';
import { findPersonalData, type PersonalDataKind } from './personal-data.ts';

export interface SafetyAssessment {
  immediateDanger: boolean;
  personalData: boolean;
  personalDataKinds: PersonalDataKind[];
}

export function assessSafety(text: string): SafetyAssessment {
  const kinds = findPersonalData(text);
  return { immediateDanger: suggestsImmediateDanger(text), personalData: kinds.length > 0, personalDataKinds: kinds };
}
