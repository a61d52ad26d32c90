declare const __E2E__: boolean;
