// Delivery-date prediction and delay detection: the pure core. Wiring (database, outbox, HTTP)
// lives elsewhere and uses only what this file exports.

export { EtaModel } from './eta-model.js';
export { DEFAULT_ETA_OPTIONS } from './eta-inputs.js';
export type { DeliveredShipment, EtaQuery, EtaModelOptions } from './eta-inputs.js';
export { toEstimatedDeliveryWindow } from './prediction.js';
export type { Prediction, EstimateSource } from './prediction.js';
export { MILESTONES, MILESTONE_RANK, milestoneOf, milestoneTimesOf, latestMilestoneOf } from './milestone.js';
export type { Milestone, MilestoneTimes } from './milestone.js';
export { LEVELS, laneKeysOf } from './lane.js';
export type { Lane, LanePlace, Level } from './lane.js';
export { serviceLevelOf, transitDaysFrom, GENERIC_SERVICE_LEVEL } from './service-levels.js';
export type { ServiceLevel } from './service-levels.js';
export { detectDelay, DELAY_REASONS, DEFAULT_DELAY_THRESHOLDS } from './delay.js';
export type {
  DelayCheck,
  DelayReason,
  DelayThresholds,
  DelayVerdict,
  EtaOutboxEvent,
  CarrierEstimateEntry,
} from './delay.js';
export { isStalled, QUIET_BUSINESS_DAYS } from './stall.js';
export type { StallCheck } from './stall.js';
export { appendEstimate, describeEstimateChange, MAX_ESTIMATE_HISTORY } from './estimate-history.js';
export type { EstimateHistoryEntry } from './estimate-history.js';
export { deliveryCalendarFor } from './calendar/delivery-calendar.js';
export type { DeliveryCalendar } from './calendar/delivery-calendar.js';
export {
  parseDeliveryDays,
  MONDAY_TO_FRIDAY,
  MONDAY_TO_SATURDAY,
  TUESDAY_TO_SATURDAY,
  EVERY_DAY,
} from './calendar/delivery-days.js';
export type { DeliveryDays, Weekday } from './calendar/delivery-days.js';
export { evaluateDeliveryHistory } from './eval/evaluate.js';
export type { EvaluationOptions, EvaluationReport } from './eval/evaluate.js';
export { formatEvaluationReport } from './eval/report-text.js';
