import type { Handoff, HandoffField } from '../handoff'

/**
 * Where an import's rows go as they are settled, when the caller does not want them in the parse:
 * the CLI's `report` counts each row and lets it go, so its memory does not grow with the file.
 * The parse then holds no handoff and no rejected row's cells (its `handoffs` is empty).
 */
export interface RowSink {
  /**
   * Before the first row: the fields the import carries (docs/product.md, "Carried and not
   * assessed") if no note uses the handoff note template, and if one does. The parse's `carried`
   * is the second once a row's note has used the template, else the first.
   */
  begin(carried: { plain: readonly HandoffField[]; withTemplate: readonly HandoffField[] }): void
  /**
   * A row imported, numbered from 0 in the order given; `usesTemplate` when its note used the
   * template. Its handoff may point into the file's text: keep only what is counted from it.
   */
  imported(line: number, handoff: Handoff, usesTemplate: boolean): void
  /** The row numbered `index` is not imported after all (a later row has its CRM id): its line. */
  replaced(index: number): number
}
