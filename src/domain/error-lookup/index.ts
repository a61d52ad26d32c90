export { lookupError, type ErrorMatch } from './lookup-error.ts';
export { unwrap as unwrapErrorMessage } from './normalize.ts';
