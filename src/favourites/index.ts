export * from './list';
export * from './store';
