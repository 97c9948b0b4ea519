import type { ESLint } from 'eslint';

export const LAYER_RANKS: Record<string, number>;
export function areaOf(relativePath: string): string | null;
declare const plugin: ESLint.Plugin;
export default plugin;
