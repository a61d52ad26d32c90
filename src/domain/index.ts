// The only door into the domain. The CLI and the app import from here and nowhere else in src/domain.
export * from './json.ts';
export * from './path.ts';
export * from './problem.ts';
export * from './model/index.ts';
export * from './schema.ts';
export * from './availability.ts';
export * from './fargate.ts';
export * from './import/index.ts';
export * from './export/index.ts';
export * from './check.ts';
export * from './sidecars/index.ts';
export * from './fix-all.ts';
export * from './formats/index.ts';
export * from './iam/index.ts';
export * from './error-lookup/index.ts';
export * from './size.ts';
export * from './redact.ts';
