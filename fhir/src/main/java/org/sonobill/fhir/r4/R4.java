package org.sonobill.fhir.r4;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one FHIR R4 context of the process (building one scans the whole model and takes about a second) and the
 * parsers made from it. Parsers are cheap and not thread-safe, so each call gets a new one. Parse warnings are not
 * logged: HAPI's messages may quote element values, which can be patient data.
 */
final class R4 {
    private static final FhirContext CONTEXT = FhirContext.forR4();

    static {
        CONTEXT.setParserErrorHandler(new LenientErrorHandler(false));
    }

    private R4() {
    }

    static FhirContext context() {
        return CONTEXT;
    }

    /** A JSON parser for content starting with '{', else an XML parser. */
    static IParser parserFor(String content) {
        String s = content.stripLeading();
        return s.startsWith("<") ? CONTEXT.newXmlParser() : CONTEXT.newJsonParser();
    }

    /** Pretty-printed JSON, with empty elements left out. */
    static String json(IBaseResource resource) {
        return CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }
}
