package org.sonobill.fhir.r4;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * The NPI behind a reference to a clinician: a logical reference's own identifier, a Practitioner's identifier of
 * system us-npi, or a PractitionerRole's (its own, else its practitioner's).
 */
final class Practitioners {
    private final Bundled bundled;

    Practitioners(Bundled bundled) {
        this.bundled = bundled;
    }

    String npi(Reference ref, DomainResource from) {
        String npi = practitionerNpi(ref, from);
        if (npi != null) {
            return npi;
        }
        PractitionerRole role = bundled.resolve(ref, from, PractitionerRole.class);
        if (role == null) {
            return null;
        }
        String own = Identifiers.ofSystem(role.getIdentifier(), Identifiers.NPI_SYSTEM);
        return own != null ? own : practitionerNpi(role.getPractitioner(), role);
    }

    private String practitionerNpi(Reference ref, DomainResource from) {
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        if (ref.hasIdentifier() && Identifiers.NPI_SYSTEM.equals(ref.getIdentifier().getSystem())) {
            return ref.getIdentifier().getValue();
        }
        Practitioner practitioner = bundled.resolve(ref, from, Practitioner.class);
        return practitioner == null ? null : Identifiers.ofSystem(practitioner.getIdentifier(), Identifiers.NPI_SYSTEM);
    }
}
