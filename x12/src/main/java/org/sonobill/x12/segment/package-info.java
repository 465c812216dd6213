/**
 * A purpose-built, allocation-light segment scanner for reading large X12 files fast: it splits the character
 * stream of an {@link org.sonobill.x12.input.X12Input} into segments and elements without building a tree, so a
 * reader can turn each segment into its own records as it goes. Validation against the implementation guides is
 * StAEDI's job (see {@code org.sonobill.x12.schema}); this package only tokenises.
 */
package org.sonobill.x12.segment;
