/**
 * tsconfig.node.json (which checks bench/**) has no DOM lib, and adding it would leak DOM globals
 * into electron/ too. The bench page runs src/db, whose one DOM-only type is this alias.
 */
type BufferSource = ArrayBufferView | ArrayBuffer
