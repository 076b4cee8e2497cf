import { fuzzJsonParser } from '../../../test/helpers/fuzz-json-parser.js';
import { parseShippo } from './parse.js';

fuzzJsonParser('Shippo', new URL('./fixtures/', import.meta.url), parseShippo);
