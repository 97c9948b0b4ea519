// The layer order of docs/architecture.md, enforced: a module may import its own area and any
// area of a lower rank, nothing else. Tests, test support, the benchmark and scripts are outside
// the layers: they may reach into any of them.
import path from 'node:path';

/** Lower ranks are closer to pure data; an area may import only from ranks below its own. */
export const LAYER_RANKS = {
  'src/protocol': 0,
  'src/detect': 1,
  'src/phone': 1,
  'src/messaging': 1,
  'src/i18n': 1,
  'src/storage': 1,
  'src/settings': 2,
  'src/linkify': 3,
  'src/intercept': 3,
  'src/launch': 3,
  'src/history': 3,
  'src/favourites': 3,
  'src/server': 3,
  'src/background': 4,
  'src/frame': 4,
  'src/ui': 5,
  'src/popup': 6,
  'src/options': 6,
  'src/confirm': 6,
  entrypoints: 7,
};

/** `src/linkify/find/walk.ts` → `src/linkify`; null for files outside the layers. */
export function areaOf(relativePath) {
  const parts = relativePath.split(path.sep).join('/').split('/');
  const area = parts[0] === 'src' ? `src/${parts[1]}` : parts[0];
  return area in LAYER_RANKS ? area : null;
}

function isTestFile(relativePath) {
  return /\.test\.ts$/.test(relativePath);
}

/** @type {import('eslint').Rule.RuleModule} */
const importsFollowLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point down the layers of docs/architecture.md.' },
    messages: {
      upward:
        '{{from}} (layer {{fromRank}}) may not import {{to}} (layer {{toRank}}): imports point down the layers (docs/architecture.md).',
      sideways:
        '{{from}} may not import {{to}}, another area of the same layer ({{fromRank}}): move what both need one layer down (docs/architecture.md).',
      unknownArea:
        '{{to}} is not in the layer table of eslint/layers.js: give the new area its rank (and docs/architecture.md its place).',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = areaOf(file);
    if (!from || isTestFile(file)) return {};

    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
      const normalized = target.split(path.sep).join('/');
      const to = areaOf(normalized);
      if (to === from) return;
      if (!to) {
        if (normalized.startsWith('src/')) {
          context.report({ node, messageId: 'unknownArea', data: { to: normalized } });
        }
        return;
      }
      const fromRank = LAYER_RANKS[from];
      const toRank = LAYER_RANKS[to];
      if (toRank < fromRank) return;
      const messageId = toRank === fromRank ? 'sideways' : 'upward';
      context.report({ node, messageId, data: { from, to, fromRank, toRank } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'imports-follow-layers': importsFollowLayers } };
