/**
 * X12 5010 EDI for SonoBill: 837P (005010X222A1) and 837I (005010X223A2) written from and read into the engine's
 * {@link org.sonobill.engine.claim.Claim}; 835 (005010X221A1) remittances, 999 (005010X231A1) and 277CA (005010X214)
 * acknowledgements read into records. StAEDI validates against our implementation schemas in
 * {@code org/sonobill/x12/schema}. Plain Java: no framework, no database (posting lives in the server).
 */
package org.sonobill.x12;
