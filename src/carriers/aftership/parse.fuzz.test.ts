import { fuzzJsonParser } from '../../../test/helpers/fuzz-json-parser.js';
import { parseAftership } from './parse.js';

fuzzJsonParser('AfterShip', new URL('./fixtures/', import.meta.url), parseAftership);
