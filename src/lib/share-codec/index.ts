export { decodeText, encodeText, MAX_DECODED_CHARS, type DecodeResult } from './codec.ts';
export { decodeJson, encodeJson, jsonDepth, MAX_JSON_DEPTH, type DecodeJsonResult } from './json.ts';
export { fragmentPayload, shareUrl, FRAGMENT_KEY } from './fragment.ts';
