/**
 * HL7 v2: results (ORU^R01) and orders (ORM^O01) of versions 2.1 to 2.5.1 read into SonoBill records
 * ({@link org.sonobill.fhir.hl7.Hl7Reader}), original-mode acknowledgements ({@link org.sonobill.fhir.hl7.Hl7Acks})
 * and MLLP framing ({@link org.sonobill.fhir.hl7.Mllp}). See docs/integration.md.
 */
package org.sonobill.fhir.hl7;
