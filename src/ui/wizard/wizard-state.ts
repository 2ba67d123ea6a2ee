import type { Mapping } from '../../core/mapping/mapping';
import type { MappingProposal, SourceSummary, ValidationSummary } from '../../core/session/types';
import type { TargetListing } from '../../worker/protocol';

/** Where the user is: one union, each step carrying exactly what it needs. */
export type WizardState =
  | { readonly step: 'file' }
  | { readonly step: 'source'; readonly source: SourceSummary }
  | { readonly step: 'map'; readonly source: SourceSummary; readonly target: TargetListing; readonly proposal: MappingProposal }
  | { readonly step: 'review'; readonly source: SourceSummary; readonly target: TargetListing; readonly mapping: Mapping; readonly proposal: MappingProposal; readonly validation: ValidationSummary }
  | { readonly step: 'export'; readonly source: SourceSummary; readonly target: TargetListing; readonly mapping: Mapping; readonly proposal: MappingProposal; readonly validation: ValidationSummary };

export type StepName = WizardState['step'];

export const STEP_ORDER: readonly StepName[] = ['file', 'source', 'map', 'review', 'export'];
