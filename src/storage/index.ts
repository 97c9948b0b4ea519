export * from './item';
export * from './managed';
