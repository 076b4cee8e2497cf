export { manifest } from './manifest.js';
export { CarrierSimulator, type CarrierSimulatorOptions, type SimulatorProgress } from './simulator.js';
export { SIMULATOR_DEFAULTS } from './simulator-options.js';
export { generateHistory, type HistoryOptions } from './history.js';
export { planJourney, type JourneyOutcome, type JourneyRequest, type PlannedJourney } from './journey.js';
export { planNthJourney } from './nth-journey.js';
export type { PlannedScan } from './itinerary.js';
export { CITIES, cityById, hubOf, type City } from './cities.js';
export { createRandom, deriveSeed, type Random } from './random.js';
export { DEFAULT_SIMULATOR_RATES, NO_INCIDENTS, resolveRates, type SimulatorRates } from './rates.js';
export {
  SIMULATOR_RAW_CODES,
  SIMULATOR_STATUS_MAP,
  substatusOfSimulatorCode,
  type SimulatorRawCode,
} from './status-map.js';
export {
  SIMULATOR_TRACKING_NUMBER,
  isSimulatorTrackingNumber,
  simulatorTrackingNumber,
} from './tracking-number.js';
export { SIMULATOR_CARRIER, ingestItemOf } from './ingest-items.js';
export type { SimulatorService } from './transit.js';
