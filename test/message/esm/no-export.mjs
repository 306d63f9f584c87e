import { present, missing } from './exports.mjs';
