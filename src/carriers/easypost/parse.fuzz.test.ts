import { fuzzJsonParser } from '../../../test/helpers/fuzz-json-parser.js';
import { parseEasypost } from './parse.js';

fuzzJsonParser('EasyPost', new URL('./fixtures/', import.meta.url), parseEasypost);
