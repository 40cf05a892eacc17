// The browser program's stand-in for Vite's types (tsconfig.browser.json maps `vite` here).
// WXT's `defineBackground`, `defineContentScript` and friends import WXT's config types, which import
// Vite's, and Vite's start with `/// <reference types="node" />`: through them `process`, `Buffer`
// and every `node:` module would type-check in shipped code. No shipped file imports Vite; only WXT's
// config types name it, and there they may stay unknown. The Node program (tsconfig.node.json) checks
// the same entrypoints with the real types.
declare const vite: unknown;
export = vite;
