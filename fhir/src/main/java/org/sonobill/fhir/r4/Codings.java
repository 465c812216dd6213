package org.sonobill.fhir.r4;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** Small builders of the codings and references the Claim and EOB writers share. */
final class Codings {
    static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    static final String C4BB_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
    static final String C4BB_DISCRIMINATOR =
            "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator";
    static final String CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
    static final String GROUP = "https://x12.org/codes/claim-adjustment-group-codes";
    /** SonoBill's own identifier systems: the study's accession and the claim's id as SonoBill numbers them. */
    static final String STUDY_ID = "urn:sonobill:study";
    static final String CLAIM_ID = "urn:sonobill:claim";

    private Codings() {
    }

    static CodeableConcept concept(String system, String code, String display) {
        Coding coding = new Coding().setSystem(system).setCode(code);
        if (display != null) {
            coding.setDisplay(display);
        }
        return new CodeableConcept().addCoding(coding);
    }

    /** A procedure code as CPT or HCPCS Level II. */
    static CodeableConcept procedure(String code) {
        return concept(Identifiers.codeSystemOf(code), code, null);
    }

    static CodeableConcept modifier(String modifier) {
        return concept(Identifiers.modifierSystemOf(modifier), modifier, null);
    }

    static CodeableConcept claimType(String key) {
        return concept(CLAIM_TYPE, key, key.equals("institutional") ? "Institutional" : "Professional");
    }

    static CodeableConcept placeOfService(String pos) {
        return concept(Identifiers.POS_SYSTEM, pos, null);
    }

    /** A logical reference to a provider by NPI, with a display when known. */
    static Reference provider(String npi, String name) {
        Reference ref = new Reference().setIdentifier(new Identifier().setSystem(Identifiers.NPI_SYSTEM).setValue(npi));
        if (name != null) {
            ref.setDisplay(name);
        }
        return ref;
    }
}
