/**
 * @app/engine — Coachline's adaptive training engine. Pure TypeScript: no framework, no I/O, no clock.
 * This file is the only public surface.
 */
export * from './types';
export { reviewAthlete } from './review/review-athlete';
export { applySuggestion, applyChanges } from './adaptation/apply-suggestion';
export { editedAthleteText, neutralAthleteText } from './suggestions/athlete-text';
export { DEFAULT_ENGINE_CONFIG, resolveEngineConfig } from './config/engine-config';
export type { EngineConfig, EngineConfigOverrides } from './config/engine-config';
export { EngineInputError } from './errors/engine-input.errors';
export type { EngineInputErrorCode } from './errors/engine-input.errors';
export { toDayNumber, fromDayNumber, weekdayOf, mondayOf, addDays } from './dates/local-date';
export {
  sessionLoad,
  exponentialLoad,
  trainingStressBalance,
  monotonyAndStrain,
  ewmaLast,
  ewmaAcwr,
  percentChange,
} from './load/training-load';
export type { MonotonyResult } from './load/training-load';
export { polarizationIndex, isPolarized, rpeToZone, effortToRpe } from './intensity/intensity-distribution';
export { BOSQUET_TAPER, taperPrescription, isWithinBosquet, shortTaperRace } from './planning/taper';
export type { TaperPrescription } from './planning/taper';
export { planMinutes, planLoad } from './planning/plan-measures';
export { isUltra, raceDistanceKm } from './planning/long-run';
