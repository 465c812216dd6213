/**
 * Validating X12 files against SonoBill's implementation schemas with StAEDI: 835 (005010X221A1), 999
 * (005010X231A1) and 277CA (005010X214) in {@code org/sonobill/x12/schema}. Each problem names the file, segment,
 * element and implementation loop, and says what the guide expects.
 */
package org.sonobill.x12.validate;
