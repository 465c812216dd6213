package org.sonobill.fhir.r4;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources a report arrived with (Bundle entries and contained resources), found by the references that point
 * to them: {@code #id} for contained ones (in the referring resource, else in any container, so that a contained
 * ServiceRequest can point to a Practitioner contained beside it), {@code Type/id}, an absolute URL ending in
 * {@code Type/id}, or an entry's {@code fullUrl} such as {@code urn:uuid:...}.
 */
final class Bundled {
    private final Map<String, Resource> byKey = new HashMap<>();
    private final List<Resource> resources;

    Bundled(List<Resource> resources, Bundle bundle) {
        this.resources = List.copyOf(resources);
        resources.forEach(this::index);
        if (bundle != null) {
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.hasFullUrl() && e.getResource() != null) {
                    byKey.put(e.getFullUrl(), e.getResource());
                }
            }
        }
    }

    private void index(Resource r) {
        if (r.getIdElement().hasIdPart()) {
            byKey.putIfAbsent(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
        }
        if (r instanceof DomainResource container) {
            // a contained resource's "#id" is local to its container, whose other contained resources use it too
            for (Resource c : container.getContained()) {
                String id = c.getIdElement().getIdPart();
                if (id != null) {
                    byKey.putIfAbsent("#" + (id.startsWith("#") ? id.substring(1) : id), c);
                }
            }
        }
    }

    /** The resource of the given type the reference points to, or null when it is not at hand. */
    <T extends Resource> T resolve(Reference ref, DomainResource from, Class<T> type) {
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        if (type.isInstance(ref.getResource())) {
            return type.cast(ref.getResource());
        }
        String target = ref.getReference();
        if (target == null) {
            return null;
        }
        Resource found = target.startsWith("#") ? contained(from, target.substring(1)) : null;
        if (found == null) {
            found = byKey.get(target);
        }
        if (found == null && !target.startsWith("#")) {
            found = byKey.get(tail(target));
        }
        return type.isInstance(found) ? type.cast(found) : null;
    }

    /** The one resource of the type the content holds, or null when there is none or more than one. */
    <T extends Resource> T only(Class<T> type) {
        List<Resource> found = resources.stream().filter(type::isInstance).toList();
        return found.size() == 1 ? type.cast(found.get(0)) : null;
    }

    private static Resource contained(DomainResource from, String id) {
        for (Resource r : from.getContained()) {
            String own = r.getIdElement().getIdPart();
            if (id.equals(own) || ("#" + id).equals(r.getId())) {
                return r;
            }
        }
        return null;
    }

    /** "Type/id" of a relative or absolute reference, dropping any _history part. */
    private static String tail(String reference) {
        String r = reference;
        int history = r.indexOf("/_history/");
        if (history >= 0) {
            r = r.substring(0, history);
        }
        String[] parts = r.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : r;
    }
}
