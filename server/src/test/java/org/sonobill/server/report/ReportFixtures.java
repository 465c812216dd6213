package org.sonobill.server.report;

/** Reports and request bodies the report tests share: a complete abdomen any coder codes 76700, and a vague one. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** A complete abdominal ultrasound: every element described, signed, with indication and comparison. */
    static final String COMPLETE_ABDOMEN = """
            EXAM: US ABDOMEN COMPLETE
            DATE OF SERVICE: 03/02/2026
            CLINICAL HISTORY: Right upper quadrant abdominal pain.
            TECHNIQUE: Real-time grayscale sonography of the abdomen was performed. Images were stored.
            COMPARISON: CT abdomen 01/10/2026.
            FINDINGS:
            LIVER: Normal in size and echotexture. No focal lesion.
            GALLBLADDER: Multiple mobile gallstones. No wall thickening. No pericholecystic fluid.
            COMMON BILE DUCT: Measures 4 mm.
            PANCREAS: Visualized portions are unremarkable.
            SPLEEN: Normal in size, 10 cm.
            RIGHT KIDNEY: 11 cm. No hydronephrosis.
            LEFT KIDNEY: 11.2 cm. No hydronephrosis.
            AORTA: Normal caliber.
            IVC: Patent.
            IMPRESSION: Cholelithiasis without evidence of cholecystitis.
            Electronically signed by: Jane Smith, MD (NPI 1234567893)
            """;

    /** A report that names no exam a coder could bill with confidence. */
    static final String VAGUE = """
            ULTRASOUND
            Limited images were obtained. Please see prior report.
            IMPRESSION: Possible abnormality, correlate clinically.
            """;

    static String request(String accession, String mrn, String text) {
        return """
                {"accession": "%s",
                 "patient": {"mrn": "%s", "lastName": "Rivera", "firstName": "Ana", "sex": "F", "birthDate": "1971-04-02"},
                 "reportText": %s,
                 "context": {"placeOfService": "22", "claimType": "professional", "payer": "medicare",
                             "dateOfService": "2026-03-02", "orderingNpi": "1245319599", "interpretingNpi": "1234567893"}}
                """.formatted(accession, mrn, org.sonobill.server.Api.JSON.writeValueAsString(text));
    }
}
