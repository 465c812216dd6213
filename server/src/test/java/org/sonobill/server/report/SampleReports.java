package org.sonobill.server.report;

/** Report texts the message tests (HL7 v2, FHIR) carry: one text, so both routes are shown reading the same report. */
public final class SampleReports {
    private SampleReports() {
    }

    /** A complete abdominal ultrasound as an EHR sends it (the message carries the date and the providers). */
    public static final String COMPLETE_ABDOMEN = """
            EXAM: US ABDOMEN COMPLETE
            INDICATION: Right upper quadrant pain.
            TECHNIQUE: Real-time grayscale sonography of the abdomen. Images were stored.
            COMPARISON: CT abdomen 01/10/2026.
            LIVER: Normal in size and echotexture. No focal lesion.
            GALLBLADDER: Multiple mobile gallstones. No wall thickening.
            COMMON BILE DUCT: Measures 4 mm.
            PANCREAS: Visualized portions are unremarkable.
            SPLEEN: Normal in size, 10 cm.
            RIGHT KIDNEY: 11 cm. No hydronephrosis.
            LEFT KIDNEY: 11.2 cm. No hydronephrosis.
            AORTA: Normal caliber. IVC: Patent.
            IMPRESSION: Cholelithiasis without evidence of cholecystitis.""";
}
